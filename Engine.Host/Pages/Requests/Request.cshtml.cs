using CaseSystem.Host.Cases;
using CaseSystem.Host.Portal;
using CaseSystem.Workflows.Municipal.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Requests;

/// <summary>
/// One of the citizen's requests. Only its owner opens it: another's id, or one that names no case, answers 404 with
/// the same page, so it says nothing of whether the case exists.
/// </summary>
public sealed class RequestModel(CaseService cases, RequestViews views) : PageModel
{
    public RequestView? Shown { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var matter = await cases.FindAsync(id, cancellationToken);
        if (matter is null || matter.OwnerAccountId is null || matter.OwnerAccountId != CaseAccess.AccountId(User))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Shown = await views.BuildAsync(matter, RequestViewer.Owner, cancellationToken);
    }
}
