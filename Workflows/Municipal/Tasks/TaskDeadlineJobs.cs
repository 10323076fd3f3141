using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// What the jobs armed by <see cref="ITaskDeadlines"/> do when they fire. Each acts only on a task that is still
/// live, so a job for a task completed meanwhile, or for a run that rolled back, does nothing.
/// </summary>
public sealed class TaskDeadlineJobs(MunicipalDbContext db, IDepartmentDirectory directory, TimeProvider time)
{
    /// <summary>Hangfire may fire a delayed job up to a second before its time (whole seconds are stored).</summary>
    private static readonly TimeSpan EarlyFiring = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Reminds the owner of a live task of its deadline; an unclaimed task has no owner to remind, so only the
    /// audit log records the reminder. False when the task is closed or gone.
    /// </summary>
    public async Task<bool> RemindAsync(string taskId, CancellationToken cancellationToken = default)
    {
        var task = await LiveAsync(taskId, cancellationToken);
        if (task is null)
        {
            return false;
        }

        var now = Now();
        var (bg, en) = TaskTexts.Reminder(task);
        foreach (var recipient in new[] { task.Assignee, task.DelegatedTo }.OfType<string>())
        {
            db.Notifications.Add(Notification(task, recipient, NotificationRecord.Reminder, bg, en, now));
        }

        db.TaskAudit.Add(Audit(task, TaskActions.Reminded, task.Assignee, now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Tells the supervisors of a live task's groups that its deadline has passed. False when the task is closed,
    /// gone, or not yet due.
    /// </summary>
    public async Task<bool> EscalateAsync(string taskId, CancellationToken cancellationToken = default)
    {
        var task = await LiveAsync(taskId, cancellationToken);
        var now = Now();
        if (task?.DueAt is not { } due || due > now + EarlyFiring)
        {
            return false;
        }

        var supervisors = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in task.CandidateGroups)
        {
            supervisors.UnionWith(await directory.SupervisorsAsync(group, cancellationToken));
        }

        var (bg, en) = TaskTexts.Escalation(task);
        foreach (var supervisor in supervisors)
        {
            db.Notifications.Add(Notification(task, supervisor, NotificationRecord.Escalation, bg, en, now));
        }

        db.TaskAudit.Add(Audit(task, TaskActions.Escalated, string.Join(", ", supervisors), now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<TaskRecord?> LiveAsync(string taskId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return await db.Tasks.AsNoTracking()
            .Where(t => t.Id == taskId && (t.State == TaskState.Open || t.State == TaskState.Claimed))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static TaskAuditRecord Audit(TaskRecord task, string action, string? detail, DateTimeOffset at) => new()
    {
        TaskId = task.Id,
        CaseId = task.CaseId,
        At = at,
        Actor = TaskActions.System,
        Action = action,
        Detail = string.IsNullOrEmpty(detail) ? null : detail,
    };

    private static NotificationRecord Notification(TaskRecord task, string recipient, string kind, string bg,
        string en, DateTimeOffset at) => new()
    {
        Recipient = recipient,
        TaskId = task.Id,
        CaseId = task.CaseId,
        Kind = kind,
        TextBg = bg,
        TextEn = en,
        CreatedAt = at,
    };

    private DateTimeOffset Now() => time.GetUtcNow().ToUniversalTime();
}
