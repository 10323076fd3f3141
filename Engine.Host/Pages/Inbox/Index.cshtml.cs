using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tasks;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Inbox;

/// <summary>The clerk's task list: their own, their groups', or every task they may see; filters in the query.
/// </summary>
public sealed class IndexModel(TaskService tasks, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string View { get; set; } = "mine";

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public TaskSort Sort { get; set; } = TaskSort.Due;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public TaskPage? Results { get; private set; }

    public bool IsSupervisor => User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Administrator);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = View is "groups" or "all" ? View : "mine";
        Results = await tasks.ListAsync(TaskActors.Of(User), new TaskFilter
        {
            Mine = View == "mine",
            MyGroups = View == "groups",
            Overdue = Overdue,
            Text = Q,
            Sort = Sort,
            Page = Math.Max(1, PageNumber),
        }, cancellationToken);
    }

    /// <summary>"overdue" past the deadline, "soon" within two days of it, else nothing.</summary>
    public string DueMark(TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);

        var now = time.GetUtcNow();
        return task.DueAt switch
        {
            null => "",
            { } due when !task.IsLive => "",
            { } due when due < now => "overdue",
            { } due when due < now.AddDays(2) => "soon",
            _ => "",
        };
    }

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, BulgarianCalendar.Sofia);

    public string PageLink(int page) =>
        $"/inbox?view={View}&overdue={Overdue.ToString().ToLowerInvariant()}&q={Uri.EscapeDataString(Q ?? "")}"
        + $"&sort={Sort}&page={page}";
}
