using System.Globalization;
using CaseSystem.Host.Cases;
using CaseSystem.Host.Portal;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Requests;

/// <summary>
/// One of the citizen's requests. Only its owner opens it: another's id, or one that names no case, answers 404 with
/// the same page, so it says nothing of whether the case exists. A signal fixed not long ago can be reopened here
/// by its owner when the problem came back.
/// </summary>
public sealed class RequestModel(CaseService cases, RequestViews views, SignalService signals,
    SignalCatalogue catalogue, TimeProvider time) : PageModel
{
    public RequestView? Shown { get; private set; }

    /// <summary>Until when the owner may reopen it; null when it cannot be reopened.</summary>
    public DateTimeOffset? ReopenUntil { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public bool Reopened { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return Page();
        }

        try
        {
            await signals.ReopenAsync(id, new SignalActor(CaseAccess.AccountId(User)!, IsStaff: false),
                Reason ?? "", cancellationToken);
        }
        catch (SignalException refused) when (refused is not SignalNotFoundException)
        {
            Errors["reason"] = refused.MessageFor(CultureInfo.CurrentUICulture);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Reopened = true;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var matter = await cases.FindAsync(id, cancellationToken);
        if (matter is null || matter.OwnerAccountId is null || matter.OwnerAccountId != CaseAccess.AccountId(User))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        Shown = await views.BuildAsync(matter, RequestViewer.Owner, cancellationToken);
        ReopenUntil = null;
        if (matter.ServiceCode == SignalService.ServiceCode && matter.Status == CaseStatus.Fixed
            && await signals.FindAsync(id, cancellationToken) is { Signal.ResolvedAt: { } resolved })
        {
            var until = resolved + catalogue.Options.ReopenWithin;
            ReopenUntil = until > time.GetUtcNow() ? until : null;
        }

        return true;
    }
}
