using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Tasks;

public sealed partial class TaskService
{
    /// <summary>One page of the tasks the actor may see that match the filter.</summary>
    public async Task<TaskPage> ListAsync(TaskActor actor, TaskFilter filter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);

        // Mine and my groups are visible by definition, and each is an indexed lookup of its own: restricted to
        // them, the query starts from their ids and needs no visibility test over everything else.
        var ids = Restricted(actor, filter);
        var query = ids is not null
            ? db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id))
            : Visible(actor).AsNoTracking();
        if (!filter.IncludeClosed)
        {
            query = query.Where(t => t.State == TaskState.Open || t.State == TaskState.Claimed);
        }

        if (filter.Overdue)
        {
            var now = Now();
            query = query.Where(t => ((t.State == TaskState.Open || t.State == TaskState.Claimed)
                && t.DueAt != null && t.DueAt < now) || t.State == TaskState.Overdue);
        }

        if (filter.CaseId is { } caseId)
        {
            query = query.Where(t => t.CaseId == caseId);
        }

        if (!string.IsNullOrWhiteSpace(filter.DefinitionId))
        {
            query = query.Where(t => t.DefinitionId == filter.DefinitionId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLowerInvariant();
            query = query.Where(t => t.SearchText.Contains(text));
        }

        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        // The ids alone are the count when nothing else narrows them: the claimable ones come from an index of the
        // candidates and need no task read at all.
        var narrowed = filter.Overdue || filter.CaseId is not null || !string.IsNullOrWhiteSpace(filter.DefinitionId)
            || !string.IsNullOrWhiteSpace(filter.Text);
        var total = ids is not null && !narrowed
            ? await ids.CountAsync(cancellationToken)
            : await query.CountAsync(cancellationToken);
        var items = await Sorted(query, filter.Sort)
            .Skip((page - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return new TaskPage(items, total, page, size);
    }

    /// <summary>A task with its comments, history and attachments.</summary>
    /// <exception cref="TaskNotFoundException">No such task, or the actor may not see it.</exception>
    public async Task<TaskDetails> GetAsync(TaskActor actor, string taskId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var task = await Visible(actor).AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw TaskNotFoundException.For(taskId);
        var comments = await db.TaskComments.AsNoTracking()
            .Where(c => c.TaskId == taskId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var history = await db.TaskAudit.AsNoTracking()
            .Where(a => a.TaskId == taskId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var attachments = await db.TaskAttachments.AsNoTracking()
            .Where(a => a.TaskId == taskId).OrderBy(a => a.At).ToListAsync(cancellationToken);
        return new TaskDetails(task, comments, history, attachments);
    }

    /// <summary>A department's live tasks, for its supervisor's page.</summary>
    /// <exception cref="TaskForbiddenException">The actor neither supervises the department nor administers.
    /// </exception>
    public async Task<DepartmentLoad> DepartmentLoadAsync(TaskActor actor, string department,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(department);
        if (!actor.IsAdministrator && !(actor.IsSupervisor && actor.Departments.Contains(department)))
        {
            throw TaskForbiddenException.NotSupervisorOf(department);
        }

        var tasks = await Sorted(db.Tasks.AsNoTracking()
            .Where(t => (t.State == TaskState.Open || t.State == TaskState.Claimed)
                && db.TaskCandidates.Any(c => c.TaskId == t.Id && c.Kind == TaskCandidateRecord.Group
                    && c.Value == department)), TaskSort.Due)
            .ToListAsync(cancellationToken);

        var now = Now();
        bool PastDue(TaskRecord t) => t.DueAt < now;
        var byAssignee = tasks.Where(t => t.Assignee is not null)
            .GroupBy(t => t.Assignee!, StringComparer.Ordinal)
            .Select(g => new AssigneeLoad(g.Key, g.Count(), g.Count(PastDue)))
            .OrderByDescending(a => a.Tasks)
            .ThenBy(a => a.Assignee, StringComparer.Ordinal)
            .ToList();
        return new DepartmentLoad(department, tasks, tasks.Count(t => t.Assignee is null), tasks.Count(PastDue),
            byAssignee);
    }

    /// <summary>The actor's notifications, newest first.</summary>
    public async Task<IReadOnlyList<NotificationRecord>> NotificationsAsync(TaskActor actor, bool unreadOnly,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var query = db.Notifications.AsNoTracking().Where(n => n.Recipient == actor.UserName);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        return await query.OrderByDescending(n => n.Id).Take(200).ToListAsync(cancellationToken);
    }

    /// <summary>Marks one of the actor's notifications read; false when they have no such notification.</summary>
    public async Task<bool> MarkReadAsync(TaskActor actor, long notificationId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var now = Now();
        return await db.Notifications
            .Where(n => n.Id == notificationId && n.Recipient == actor.UserName && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken) > 0;
    }

    /// <summary>
    /// The ids of the actor's own tasks (assigned or delegated to them; live ones only unless the filter includes
    /// closed ones), of the claimable tasks naming them or one of their departments as a candidate, or of both, as
    /// the filter asks; null when it asks for neither.
    /// </summary>
    private IQueryable<string>? Restricted(TaskActor actor, TaskFilter filter)
    {
        var user = actor.UserName;
        var groups = actor.Departments.ToList();
        var live = !filter.IncludeClosed;
        var mine = db.Tasks
            .Where(t => (t.Assignee == user || t.DelegatedTo == user)
                && (!live || t.State == TaskState.Open || t.State == TaskState.Claimed))
            .Select(t => t.Id);

        // Two branches rather than one OR, so that each reads the partial index alone, without the table.
        var claimable = db.TaskCandidates
            .Where(c => c.Claimable && c.Kind == TaskCandidateRecord.Group && groups.Contains(c.Value))
            .Select(c => c.TaskId)
            .Union(db.TaskCandidates
                .Where(c => c.Claimable && c.Kind == TaskCandidateRecord.User && c.Value == user)
                .Select(c => c.TaskId));
        return (filter.Mine, filter.MyGroups) switch
        {
            (true, true) => mine.Union(claimable),
            (true, false) => mine,
            (false, true) => claimable,
            _ => null,
        };
    }

    /// <summary>
    /// The tasks the actor may see: their own, delegated to them, naming them as a candidate, or of one of their
    /// departments (which, for a supervisor, are the departments they supervise); an administrator's, all.
    /// </summary>
    private IQueryable<TaskRecord> Visible(TaskActor actor)
    {
        if (actor.IsAdministrator)
        {
            return db.Tasks;
        }

        var user = actor.UserName;
        var groups = actor.Departments.ToList();
        return db.Tasks.Where(t => t.Assignee == user || t.DelegatedTo == user || t.CompletedBy == user
            || db.TaskCandidates.Any(c => c.TaskId == t.Id
                && ((c.Kind == TaskCandidateRecord.User && c.Value == user)
                    || (c.Kind == TaskCandidateRecord.Group && groups.Contains(c.Value)))));
    }

    private static IQueryable<TaskRecord> Sorted(IQueryable<TaskRecord> query, TaskSort sort) => sort switch
    {
        TaskSort.Priority => query
            .OrderBy(t => t.Priority == "Urgent" ? 0 : t.Priority == "High" ? 1 : t.Priority == "Normal" ? 2 : 3)
            .ThenBy(t => t.DueAt == null)
            .ThenBy(t => t.DueAt)
            .ThenBy(t => t.CreatedAt)
            .ThenBy(t => t.Id),
        TaskSort.Created => query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id),
        _ => query.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id),
    };
}
