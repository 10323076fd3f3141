using System.Globalization;
using CaseSystem.Host.Cases;
using CaseSystem.Workflows.Municipal.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Requests;

/// <summary>"My requests": the signed-in citizen's own cases, by the account that owns them, newest first.</summary>
public sealed class IndexModel(CaseService cases, Portal.RequestViews views) : PageModel
{
    public IReadOnlyList<CaseRecord> Requests { get; private set; } = [];

    public string ServiceName(CaseRecord matter) =>
        views.ServiceName(matter.ServiceCode, CultureInfo.CurrentUICulture);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Requests = CaseAccess.AccountId(User) is { } account
            ? await cases.ListByOwnerAsync(account, cancellationToken)
            : [];
    }
}
