using System.Globalization;
using System.Security.Claims;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Localization;
using CaseSystem.Host.Tasks;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Inbox;

/// <summary>
/// A supervisor's view of their department: open and overdue tasks, who holds how many, and a form on each task to
/// give it to another clerk of the department. Only the department's supervisor or an administrator sees it or
/// reassigns from it; the service checks again that the actor supervises the task.
/// </summary>
public sealed class DepartmentModel(TaskService tasks, DepartmentStaff staff, Ui ui, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public DepartmentLoad? Load { get; private set; }

    /// <summary>Who a task may be given to: the department's clerks and supervisors.</summary>
    public IReadOnlyList<string> Staff { get; private set; } = [];

    /// <summary>The task whose row shows <see cref="Message"/>, beside its form.</summary>
    public string? MessageTask { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Set once a reassignment is saved: the task and its new owner.</summary>
    public (string Title, string Owner)? Reassigned { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostReassignAsync(string? taskId, string? to,
        CancellationToken cancellationToken)
    {
        // The page itself is the first check: only who may see the department's load may reassign from it.
        var shown = await ShowAsync(cancellationToken);
        if (shown is not PageResult)
        {
            return shown;
        }

        var task = Load!.Tasks.FirstOrDefault(t => t.Id == taskId);
        if (task is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(to) || !Staff.Contains(to, StringComparer.Ordinal))
        {
            return Refuse(task.Id, ui["department.choose-clerk"]);
        }

        try
        {
            await tasks.ReassignAsync(TaskActors.Of(User), task.Id, to, cancellationToken);
        }
        catch (TaskNotFoundException)
        {
            return NotFound();
        }
        catch (TaskException refused)
        {
            Response.StatusCode = refused is TaskConflictException ? 409 : 400;
            return Refuse(task.Id, refused.MessageFor(CultureInfo.CurrentUICulture));
        }

        Reassigned = (task.Title, to);
        return await ShowAsync(cancellationToken);
    }

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, BulgarianCalendar.Sofia);

    public bool IsPastDue(TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.DueAt < time.GetUtcNow();
    }

    private PageResult Refuse(string taskId, string message)
    {
        MessageTask = taskId;
        Message = message;
        if (Response.StatusCode < 400)
        {
            Response.StatusCode = 400;
        }

        return Page();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
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

        Staff = await staff.OfAsync(Code, cancellationToken);
        return Page();
    }
}
