using System.Globalization;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Localization;
using CaseSystem.Host.Tasks;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Tasks;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Inbox;

/// <summary>
/// The clerk's task list: their own, their groups', or every task they may see; filters (overdue, a case by its
/// registration index, a service, text) and the order in the query, so a filtered list is a link.
/// </summary>
public sealed class IndexModel(
    TaskService tasks, CaseService cases, WorkflowRuntime runtime, Ui ui, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string View { get; set; } = "mine";

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>A case's registration index as the clerk types it, or its id.</summary>
    [BindProperty(SupportsGet = true, Name = "case")]
    public string? Case { get; set; }

    /// <summary>The workflow definition whose tasks to list.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Service { get; set; }

    [BindProperty(SupportsGet = true)]
    public TaskSort Sort { get; set; } = TaskSort.Due;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public TaskPage? Results { get; private set; }

    /// <summary>The services to choose from: each workflow definition's id and name.</summary>
    public IReadOnlyList<(string Id, string Name)> Services { get; private set; } = [];

    /// <summary>Why the case typed cannot be read, shown beside its field.</summary>
    public string? CaseError { get; private set; }

    public bool IsSupervisor => User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Administrator);

    /// <summary>The clerk's unread notifications: reminders, escalations, tasks delegated or given to them.</summary>
    public IReadOnlyList<NotificationRecord> Notifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notifications = await tasks.NotificationsAsync(TaskActors.Of(User), unreadOnly: true, cancellationToken);
        View = View is "groups" or "all" ? View : "mine";
        var (definitions, _) = await runtime.Definitions.ListAsync(0, 200, cancellationToken: cancellationToken);
        Services = [.. definitions.Select(d => (d.DefinitionId, d.Name ?? d.DefinitionId))];
        Service = string.IsNullOrWhiteSpace(Service) ? null : Service.Trim();
        Case = string.IsNullOrWhiteSpace(Case) ? null : Case.Trim();
        var caseId = await CaseIdAsync(cancellationToken);
        if (CaseError is not null)
        {
            return;
        }

        Results = await tasks.ListAsync(TaskActors.Of(User), new TaskFilter
        {
            Mine = View == "mine",
            MyGroups = View == "groups",
            Overdue = Overdue,
            CaseId = caseId,
            DefinitionId = Service,
            Text = Q,
            Sort = Sort,
            Page = Math.Max(1, PageNumber),
        }, cancellationToken);
    }

    /// <summary>Marks a notification read and shows the list again (the same filters).</summary>
    public async Task<IActionResult> OnPostReadAsync(long notification, CancellationToken cancellationToken)
    {
        // Someone else's notification, or one read already, changes nothing: there is nothing to tell.
        await tasks.MarkReadAsync(TaskActors.Of(User), notification, cancellationToken);
        return Redirect(PageLink(Math.Max(1, PageNumber)));
    }

    /// <summary>
    /// The id of the case typed: an id as it is, an index read as a citizen or clerk may write it. An index no case
    /// has lists nothing, like a case the clerk may not see, so the list does not tell which cases exist.
    /// </summary>
    private async Task<Guid?> CaseIdAsync(CancellationToken cancellationToken)
    {
        if (Case is null)
        {
            return null;
        }

        if (Guid.TryParse(Case, out var id))
        {
            return id;
        }

        if (!cases.Format.TryParse(Case, out var index))
        {
            var example = cases.Format.Create(cases.Format.IncomingRegister, 57,
                cases.Format.LocalDate(time.GetUtcNow()));
            CaseError = string.Format(CultureInfo.CurrentCulture, ui["inbox.case-error"], example);
            return null;
        }

        return (await cases.FindByIndexAsync(index, cancellationToken))?.Id ?? Guid.Empty;
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
        + $"&case={Uri.EscapeDataString(Case ?? "")}&service={Uri.EscapeDataString(Service ?? "")}"
        + $"&sort={Sort}&page={page}";
}
