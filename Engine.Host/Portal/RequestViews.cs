using System.Globalization;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.Host.Documents;
using CaseSystem.Workflows.Municipal.Cases;
using Microsoft.Extensions.Options;

namespace CaseSystem.Host.Portal;

/// <summary>
/// Builds the page of a request for whoever was let in (owner or code holder; the caller checks which). The owner
/// downloads through the document API, which checks the case again; a code holder has no account, so each of
/// their links is a short-lived signed download link.
/// </summary>
public sealed class RequestViews(CaseService cases, DocumentLibrary documents, DownloadLinks links,
    IOptions<PortalOptions> options, IEnumerable<IRequestDetails> details)
{
    /// <summary>How long a code holder's download links work: long enough to read the page and click.</summary>
    public static readonly TimeSpan CodeHolderLinkLifetime = TimeSpan.FromMinutes(30);

    public async Task<RequestView> BuildAsync(CaseRecord matter, RequestViewer viewer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matter);

        var culture = CultureInfo.CurrentUICulture;
        var timeline = await cases.TimelineAsync(matter.Id, cancellationToken);
        var files = await documents.ListAsync(matter.Id.ToString(), cancellationToken);
        var extra = new List<RequestDetail>();
        foreach (var source in details)
        {
            extra.AddRange(await source.ForAsync(matter, viewer, culture, cancellationToken));
        }

        return new RequestView(
            matter.Id,
            matter.RegistrationIndex,
            ServiceName(matter.ServiceCode, culture),
            matter.Title,
            CaseStatusLabels.For(matter.Status, culture),
            matter.CreatedAt,
            [.. timeline.Select(s => new RequestStep(CaseStatusLabels.For(s.Status, culture), s.Note, s.At))],
            [.. files.Select(f => Document(f, viewer))],
            extra);
    }

    /// <summary>The catalogue's name of a service, or its code when the catalogue does not list it.</summary>
    public string ServiceName(string code, CultureInfo culture) =>
        options.Value.Services.FirstOrDefault(s => s.Code == code)?.Name.For(culture) ?? code;

    private RequestDocument Document(DocumentRecord document, RequestViewer viewer)
    {
        var latest = document.Versions.MaxBy(v => v.Number)!;
        var url = viewer == RequestViewer.Owner
            ? $"/api/documents/{document.Id}/content"
            : $"/documents/links/{links.Create(document.Id, latest.Number, CodeHolderLinkLifetime).Token}";
        return new RequestDocument(document.Name, url, latest.Size);
    }
}
