using System.Globalization;
using CaseSystem.Workflows.Municipal.Cases;

namespace CaseSystem.Host.Portal;

/// <summary>
/// What a service adds to the page of one of its cases (a signal's category and place, say): label and value
/// pairs, shown in order under the request's summary. Register one per service with
/// <see cref="PortalRegistration.AddRequestDetails{T}"/>; each is asked about every case and answers nothing for
/// cases of other services.
/// </summary>
public interface IRequestDetails
{
    /// <summary>
    /// The lines to show for <paramref name="matter"/> in <paramref name="culture"/>'s language, none when it is
    /// another service's. To a <see cref="RequestViewer.CodeHolder"/> (tracking without an account) show nothing
    /// personal beyond what the applicant gave on the request itself.
    /// </summary>
    Task<IReadOnlyList<RequestDetail>> ForAsync(CaseRecord matter, RequestViewer viewer, CultureInfo culture,
        CancellationToken cancellationToken);
}

/// <summary>Who opens a request page: its signed-in owner, or someone with its index and access code.</summary>
public enum RequestViewer
{
    Owner,
    CodeHolder,
}

/// <summary>One line of a request's details, already in the page's language.</summary>
public sealed record RequestDetail(string Label, string Value);
