using System.Text.Json.Nodes;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// The clerks' inbox: lists the tasks an actor may see, and claims, releases, delegates, completes, comments on
/// and reassigns them. Every change is saved with its audit entry in one SaveChanges, and only if the task is still
/// at the version it was read at: of two clerks acting at once, one wins and the other is told who did.
/// </summary>
/// <remarks>
/// Opening and closing a task is the workflow's business (<see cref="MunicipalTaskStore"/>): completing resumes the
/// workflow, whose run closes the task in its own transaction.
/// </remarks>
public sealed partial class TaskService(
    MunicipalDbContext db, WorkflowRuntime runtime, TimeProvider time, ICaseDocuments? documents = null,
    IDepartmentDirectory? staff = null, ILogger<TaskService>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<TaskService>.Instance;

    /// <summary>Takes an open, unclaimed task for the actor; claiming one's own task again does nothing.</summary>
    /// <exception cref="TaskNotFoundException">No such task, or the actor may not see it.</exception>
    /// <exception cref="TaskForbiddenException">The actor is not one of its candidates.</exception>
    /// <exception cref="TaskConflictException">Someone holds it already, or it is closed.</exception>
    public async Task<TaskRecord> ClaimAsync(TaskActor actor, string taskId,
        CancellationToken cancellationToken = default)
    {
        var task = await LoadAsync(actor, taskId, cancellationToken);
        EnsureLive(task);
        if (task.Assignee == actor.UserName)
        {
            return task;
        }

        if (task.Assignee is { } holder)
        {
            throw TaskConflictException.ClaimedBy(holder);
        }

        if (!actor.IsCandidate(task))
        {
            throw TaskForbiddenException.NotCandidate();
        }

        task.Assignee = actor.UserName;
        task.State = TaskState.Claimed;
        await SaveAsync(actor, task, TaskActions.Claimed, null, cancellationToken);
        return task;
    }

    /// <summary>
    /// Gives a claimed task back to its groups. Its owner may, and so may a supervisor of its groups or an
    /// administrator; not while it is delegated, and not when nobody could claim it again.
    /// </summary>
    public async Task<TaskRecord> ReleaseAsync(TaskActor actor, string taskId,
        CancellationToken cancellationToken = default)
    {
        var task = await LoadAsync(actor, taskId, cancellationToken);
        EnsureLive(task);
        if (task.Assignee is null)
        {
            throw TaskConflictException.NotClaimed();
        }

        if (task.Assignee != actor.UserName && !actor.Supervises(task))
        {
            throw TaskForbiddenException.NotOwner(task.Assignee);
        }

        if (task.DelegatedTo is { } delegate_)
        {
            throw TaskConflictException.DelegatedTo(delegate_);
        }

        if (task.CandidateGroups.Count + task.CandidateUsers.Count == 0)
        {
            throw TaskConflictException.NoCandidates();
        }

        task.Assignee = null;
        task.State = TaskState.Open;
        await SaveAsync(actor, task, TaskActions.Released, null, cancellationToken);
        return task;
    }

    /// <summary>
    /// Lets another clerk work on the owner's task: the owner stays its assignee and completes it once the delegate
    /// hands it back (<see cref="ResolveAsync"/>). The delegate is notified.
    /// </summary>
    public async Task<TaskRecord> DelegateAsync(TaskActor actor, string taskId, string toUser, string? note,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toUser);
        toUser = toUser.Trim();
        var task = await LoadAsync(actor, taskId, cancellationToken);
        EnsureOwner(actor, task);
        if (toUser == actor.UserName || toUser == task.DelegatedTo)
        {
            throw TaskConflictException.SameUser(toUser);
        }

        await EnsureStaffAsync(toUser, task, ofTheTasksGroups: false, cancellationToken);

        task.DelegatedTo = toUser;
        var (bg, en) = TaskTexts.Delegated(task, actor.UserName, note);
        Notify(task, toUser, NotificationRecord.Delegated, bg, en);
        await SaveAsync(actor, task, TaskActions.Delegated, Detail(toUser, note), cancellationToken);
        return task;
    }

    /// <summary>The delegate hands the task back to its owner, who reviews it and completes it.</summary>
    public async Task<TaskRecord> ResolveAsync(TaskActor actor, string taskId, string? note,
        CancellationToken cancellationToken = default)
    {
        var task = await LoadAsync(actor, taskId, cancellationToken);
        EnsureLive(task);
        if (task.DelegatedTo != actor.UserName)
        {
            throw TaskForbiddenException.NotDelegate();
        }

        task.DelegatedTo = null;
        if (task.Assignee is { } owner)
        {
            var (bg, en) = TaskTexts.Resolved(task, actor.UserName, note);
            Notify(task, owner, NotificationRecord.Resolved, bg, en);
        }

        await SaveAsync(actor, task, TaskActions.Resolved, Detail(null, note), cancellationToken);
        return task;
    }

    /// <summary>
    /// Completes the owner's task with one of its outcomes, the form's data and documents of its case, resuming the
    /// workflow on that outcome's port. The workflow's run closes the task, writes its audit entry and records the
    /// attachments, all in the run's transaction: either all of it is saved or none.
    /// </summary>
    /// <exception cref="TaskFormException">The outcome is not one of the task's, fields are wrong, or an attachment
    /// is not a document of the task's case; each is named with what to change.</exception>
    /// <exception cref="TaskConflictException">The task is closed, delegated, or nobody waits on it any more.
    /// </exception>
    public async Task<TaskRecord> CompleteAsync(TaskActor actor, string taskId, string outcome, JsonObject? formData,
        IReadOnlyList<Guid> attachments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var (task, data) = await PrepareCompletionAsync(actor, taskId, outcome, formData, attachments,
            cancellationToken);

        // No transaction of ours is open here: on SQLite the run must be able to take the write lock. The run's
        // task store checks the attachments again inside the run, against a deletion made since.
        var documentIds = attachments.Distinct().Select(a => a.ToString()).ToList();
        var resumed = await runtime.CompleteHumanTaskAsync(task.Id, outcome, data, actor.UserName, documentIds,
            cancellationToken);
        if (resumed.Resumed.Count == 0)
        {
            throw TaskConflictException.Closed();
        }

        db.Entry(task).State = EntityState.Detached;
        return await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task.Id, cancellationToken);
    }

    /// <summary>
    /// Checks everything <see cref="CompleteAsync"/> checks, and saves nothing: the page calls it before it stores
    /// an uploaded file, so a refused completion leaves no document behind.
    /// </summary>
    /// <exception cref="TaskFormException">As <see cref="CompleteAsync"/>.</exception>
    public async Task CheckCompletionAsync(TaskActor actor, string taskId, string outcome, JsonObject? formData,
        IReadOnlyList<Guid> attachments, bool caseNeeded, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var (task, _) = await PrepareCompletionAsync(actor, taskId, outcome, formData, attachments,
            cancellationToken);
        if (caseNeeded && task.CaseId is null)
        {
            throw new TaskFormException(new Dictionary<string, TaskFieldError>
            {
                [TaskFormException.AttachmentsField] = NoCase(),
            });
        }
    }

    private async Task<(TaskRecord Task, JsonObject? Data)> PrepareCompletionAsync(TaskActor actor, string taskId,
        string outcome, JsonObject? formData, IReadOnlyList<Guid> attachments, CancellationToken cancellationToken)
    {
        var task = await LoadAsync(actor, taskId, cancellationToken);
        EnsureLive(task);
        if (task.DelegatedTo is { } delegate_)
        {
            throw delegate_ == actor.UserName
                ? TaskForbiddenException.DelegateCannotComplete()
                : TaskConflictException.DelegatedTo(delegate_);
        }

        if (task.Assignee != actor.UserName)
        {
            throw task.Assignee is null ? TaskForbiddenException.ClaimFirst()
                : TaskForbiddenException.NotOwner(task.Assignee);
        }

        var (fieldErrors, data) = TaskForm.Validate(task.FormFields(), formData);
        var errors = new Dictionary<string, TaskFieldError>(fieldErrors, StringComparer.Ordinal);
        if (!task.OutcomeList().Contains(outcome, StringComparer.Ordinal))
        {
            errors[TaskFormException.OutcomeField] = new(
                $"Изберете един от отговорите: {string.Join(", ", task.OutcomeList())}.",
                $"Choose one of the answers: {string.Join(", ", task.OutcomeList())}.");
        }

        if (await AttachmentErrorAsync(task, attachments, cancellationToken) is { } attachmentError)
        {
            errors[TaskFormException.AttachmentsField] = attachmentError;
        }

        if (errors.Count > 0)
        {
            throw new TaskFormException(errors);
        }

        return (task, data);
    }

    /// <summary>
    /// Null when every attachment is a live document of the task's case; otherwise what to change, naming the ids
    /// refused. A document of another case is answered like one that does not exist, so nothing about that case
    /// is revealed.
    /// </summary>
    private async Task<TaskFieldError?> AttachmentErrorAsync(TaskRecord task, IReadOnlyList<Guid> attachments,
        CancellationToken cancellationToken)
    {
        if (attachments.Count == 0)
        {
            return null;
        }

        if (task.CaseId is not { } caseId)
        {
            return NoCase();
        }

        var refused = documents is null
            ? [.. attachments.Distinct()]
            : await documents.NotOfCaseAsync(caseId, attachments, cancellationToken);
        return refused.Count == 0 ? null : NoSuchDocuments(refused);
    }

    /// <summary>What to change when the task's case has none of <paramref name="refused"/> (any more).</summary>
    internal static TaskFieldError NoSuchDocuments(IEnumerable<Guid> refused)
    {
        var ids = string.Join(", ", refused);
        return new TaskFieldError(
            $"Няма документ {ids} по преписката на задачата. "
            + "Прикачете документ, качен по тази преписка.",
            $"The task's case has no document {ids}. Attach a document uploaded to this case.");
    }

    private static TaskFieldError NoCase() => new(
        "Задачата не е към преписка, затова към нея не могат да се прикачват документи.",
        "The task belongs to no case, so no documents can be attached to it.");

    /// <summary>Adds a note to a task the actor may see, open or closed.</summary>
    public async Task<TaskCommentRecord> CommentAsync(TaskActor actor, string taskId, string text,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var task = await LoadAsync(actor, taskId, cancellationToken);
        var comment = new TaskCommentRecord
        {
            TaskId = task.Id,
            Author = actor.UserName,
            At = Now(),
            Text = text.Trim(),
        };
        db.TaskComments.Add(comment);
        Audit(actor, task, TaskActions.Commented, comment.Text, comment.At);
        await db.SaveChangesAsync(cancellationToken);
        return comment;
    }

    /// <summary>
    /// Gives a live task to another clerk as its owner, ending any delegation. A supervisor of one of its groups
    /// or an administrator may; the new owner is notified.
    /// </summary>
    public async Task<TaskRecord> ReassignAsync(TaskActor actor, string taskId, string toUser,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toUser);
        toUser = toUser.Trim();
        var task = await LoadAsync(actor, taskId, cancellationToken);
        EnsureLive(task);
        if (!actor.Supervises(task))
        {
            throw TaskForbiddenException.NotSupervisor();
        }

        if (task.Assignee == toUser && task.DelegatedTo is null)
        {
            throw TaskConflictException.SameUser(toUser);
        }

        await EnsureStaffAsync(toUser, task, ofTheTasksGroups: true, cancellationToken);

        var from = task.Assignee;
        task.Assignee = toUser;
        task.DelegatedTo = null;
        task.State = TaskState.Claimed;
        var (bg, en) = TaskTexts.Reassigned(task, actor.UserName);
        Notify(task, toUser, NotificationRecord.Reassigned, bg, en);
        await SaveAsync(actor, task, TaskActions.Reassigned, $"{from ?? "—"} → {toUser}", cancellationToken);
        return task;
    }

    /// <summary>
    /// Refuses to hand a task to someone who is not staff (a citizen, a name nobody has) and, for a new owner,
    /// to a clerk outside the task's departments (an administrator may take any). Without a directory (the
    /// municipal layer used on its own) every name is taken.
    /// </summary>
    private async Task EnsureStaffAsync(string userName, TaskRecord task, bool ofTheTasksGroups,
        CancellationToken cancellationToken)
    {
        if (staff is null)
        {
            return;
        }

        var member = await staff.StaffAsync(userName, cancellationToken);
        if (member is null)
        {
            throw new TaskFormException(new Dictionary<string, TaskFieldError>
            {
                [TaskFormException.RecipientField] = new(
                    $"Няма служител с потребителско име „{userName}“; изберете колега.",
                    $"No member of staff has the user name '{userName}'; choose a colleague."),
            });
        }

        if (ofTheTasksGroups && !member.IsAdministrator && task.CandidateGroups.Count > 0
            && (member.Department is null || !task.CandidateGroups.Contains(member.Department)))
        {
            var groups = string.Join(", ", task.CandidateGroups);
            throw new TaskFormException(new Dictionary<string, TaskFieldError>
            {
                [TaskFormException.RecipientField] = new(
                    $"{userName} работи в „{member.Department ?? "—"}“, а задачата е на „{groups}“; "
                    + "изберете служител оттам.",
                    $"{userName} works in '{member.Department ?? "-"}', the task belongs to '{groups}'; "
                    + "choose someone from there."),
            });
        }
    }

    /// <summary>The task, tracked, if the actor may see it.</summary>
    private async Task<TaskRecord> LoadAsync(TaskActor actor, string taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);

        return await Visible(actor).SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw TaskNotFoundException.For(taskId);
    }

    private static void EnsureLive(TaskRecord task)
    {
        if (!task.IsLive)
        {
            throw TaskConflictException.Closed();
        }
    }

    private static void EnsureOwner(TaskActor actor, TaskRecord task)
    {
        EnsureLive(task);
        if (task.Assignee != actor.UserName)
        {
            throw task.Assignee is null ? TaskConflictException.NotClaimed()
                : TaskForbiddenException.NotOwner(task.Assignee);
        }
    }

    /// <summary>
    /// Saves the change with its audit entry, only if nobody changed the task since it was read (its version is
    /// the concurrency token). Otherwise nothing is saved and the conflict names who holds the task now.
    /// </summary>
    private async Task SaveAsync(TaskActor actor, TaskRecord task, string action, string? detail,
        CancellationToken cancellationToken)
    {
        var now = Now();
        task.Version++;
        task.UpdatedAt = now;
        Audit(actor, task, action, detail, now);
        try
        {
            await SaveWithCandidatesAsync(task, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == task.Id, cancellationToken);
            throw current switch
            {
                null or { IsLive: false } => TaskConflictException.Closed(),
                { Assignee: { } holder } when holder != actor.UserName => TaskConflictException.ClaimedBy(holder),
                _ => new TaskConflictException(),
            };
        }

        Log.TaskChanged(_logger, task.Id, task.CaseId, action);
    }

    // A claim, release or reassignment changes whether the task's candidates may claim it: their copy of that
    // changes in the same transaction, after the task's row, whose version check decides who wins.
    private async Task SaveWithCandidatesAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        var entry = db.Entry(task);
        var wasClaimable = entry.Property(t => t.State).OriginalValue == TaskState.Open
            && entry.Property(t => t.Assignee).OriginalValue is null;
        var claimable = task.IsClaimable;
        if (claimable == wasClaimable)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.TaskCandidates.Where(c => c.TaskId == task.Id && c.Claimable != claimable)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Claimable, claimable), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private void Audit(TaskActor actor, TaskRecord task, string action, string? detail, DateTimeOffset at) =>
        db.TaskAudit.Add(new TaskAuditRecord
        {
            TaskId = task.Id,
            CaseId = task.CaseId,
            At = at,
            Actor = actor.UserName,
            Action = action,
            Detail = detail,
        });

    private void Notify(TaskRecord task, string recipient, string kind, string bg, string en) =>
        db.Notifications.Add(new NotificationRecord
        {
            Recipient = recipient,
            TaskId = task.Id,
            CaseId = task.CaseId,
            Kind = kind,
            TextBg = bg,
            TextEn = en,
            CreatedAt = Now(),
        });

    private static string? Detail(string? who, string? note) =>
        (who, string.IsNullOrWhiteSpace(note) ? null : note.Trim()) switch
        {
            (null, var n) => n,
            (var w, null) => w,
            (var w, var n) => $"{w}: {n}",
        };

    // Stored in UTC whatever the clock's offset: PostgreSQL's timestamptz takes nothing else.
    private DateTimeOffset Now() => time.GetUtcNow().ToUniversalTime();
}
