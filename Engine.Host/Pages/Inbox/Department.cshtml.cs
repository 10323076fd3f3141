using System.Security.Claims;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tasks;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Inbox;

/// <summary>A supervisor's view of their department: open and overdue tasks, who holds how many.</summary>
public sealed class DepartmentModel(TaskService tasks) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public DepartmentLoad? Load { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Code ??= User.FindFirstValue(AccountClaims.Department);
        if (Code is null)
        {
            return NotFound();
        }

        try
        {
            Load = await tasks.DepartmentLoadAsync(TaskActors.Of(User), Code, cancellationToken);
        }
        catch (TaskForbiddenException)
        {
            return Forbid();
        }

        return Page();
    }

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, BulgarianCalendar.Sofia);
}
