using System.Data.Common;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.Workflows.Engine.Activities.Tasks;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// The runtime's task store: writes the tasks a run opened and closes those it closed, in the run's own
/// transaction, so the inbox never shows a task the workflow does not wait on, nor misses one it does.
/// </summary>
public sealed class MunicipalTaskStore(
    ITaskDeadlines deadlines, TimeProvider time, ILogger<MunicipalTaskStore>? logger = null) : IHumanTaskStore
{
    private readonly ILogger _logger = logger ?? NullLogger<MunicipalTaskStore>.Instance;

    public async Task SaveAsync(RunTasks tasks, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(transaction);

        await using var db = MunicipalDbContext.On(connection);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var now = time.GetUtcNow().ToUniversalTime();

        var opened = new List<TaskRecord>();
        if (tasks.Opened.Count > 0)
        {
            var caseId = await CaseOfAsync(db, tasks, cancellationToken);
            foreach (var request in tasks.Opened)
            {
                opened.Add(Open(db, tasks, request, caseId, now));
            }
        }

        foreach (var closing in tasks.Closed)
        {
            await CloseAsync(db, connection, transaction, tasks.InstanceId, closing, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var task in opened)
        {
            Log.TaskOpened(_logger, task.Id, task.InstanceId, task.CaseId);
            if (task.RemindAt is not null || (task.EscalateAtDue && task.DueAt is not null))
            {
                deadlines.Schedule(task);
            }
        }
    }

    /// <summary>The case the instance drives: its correlation id when that is a case id, else the case that
    /// names the instance.</summary>
    private static async Task<Guid?> CaseOfAsync(MunicipalDbContext db, RunTasks tasks,
        CancellationToken cancellationToken)
    {
        if (Guid.TryParse(tasks.CorrelationId, out var caseId))
        {
            return caseId;
        }

        return await db.Cases.AsNoTracking()
            .Where(c => c.WorkflowInstanceId == tasks.InstanceId)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static TaskRecord Open(MunicipalDbContext db, RunTasks tasks, HumanTaskRequest request, Guid? caseId,
        DateTimeOffset now)
    {
        var task = new TaskRecord
        {
            Id = request.TaskId,
            InstanceId = tasks.InstanceId,
            DefinitionId = tasks.DefinitionId,
            ActivityId = request.ActivityId,
            CaseId = caseId,
            Title = request.Title,
            Description = request.Description,
            Priority = request.Priority,
            State = request.Assignee is null ? TaskState.Open : TaskState.Claimed,
            Assignee = request.Assignee,
            CandidateGroups = [.. request.CandidateGroups.Distinct(StringComparer.Ordinal)],
            CandidateUsers = [.. request.CandidateUsers.Distinct(StringComparer.Ordinal)],
            Outcomes = TaskJson.Write(request.Outcomes),
            Form = TaskJson.Write(request.Form),
            CreatedAt = now,
            UpdatedAt = now,
            DueAt = request.DueAt?.ToUniversalTime(),
            RemindAt = request.RemindAt?.ToUniversalTime(),
            EscalateAtDue = request.EscalateAtDue,
            SearchText = Search(request.Title, request.Description),
        };
        db.Tasks.Add(task);
        var claimable = task.IsClaimable;
        db.TaskCandidates.AddRange(task.CandidateGroups.Select(g => new TaskCandidateRecord
        {
            TaskId = task.Id, Kind = TaskCandidateRecord.Group, Value = g, Claimable = claimable,
        }));
        db.TaskCandidates.AddRange(task.CandidateUsers.Select(u => new TaskCandidateRecord
        {
            TaskId = task.Id, Kind = TaskCandidateRecord.User, Value = u, Claimable = claimable,
        }));
        db.TaskAudit.Add(new TaskAuditRecord
        {
            TaskId = task.Id,
            CaseId = caseId,
            At = now,
            Actor = TaskActions.System,
            Action = TaskActions.Opened,
            Detail = request.Assignee,
        });
        return task;
    }

    private async Task CloseAsync(MunicipalDbContext db, DbConnection connection, DbTransaction transaction,
        string instanceId, HumanTaskClosing closing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await db.Tasks.AsNoTracking()
            .Where(t => t.Id == closing.TaskId)
            .Select(t => new { t.CaseId })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            // Opened before this store kept tasks: the workflow moves on all the same.
            Log.TaskMissing(_logger, closing.TaskId, instanceId);
            return;
        }

        // The documents attached on completion were checked against the case before the workflow was resumed;
        // checked again here, in the run, so that one deleted since is refused with the whole closing.
        var attachments = closing.Attachments
            .Select(a => Guid.TryParse(a, out var id) ? id : (Guid?)null)
            .OfType<Guid>()
            .Distinct()
            .ToList();
        await RefuseGoneDocumentsAsync(connection, transaction, row.CaseId, attachments, cancellationToken);

        // Unconditional: the workflow has moved on, so the closing wins over any change a clerk made meanwhile.
        var state = closing switch
        {
            { Cancelled: true } => TaskState.Cancelled,
            { Overdue: true } => TaskState.Overdue,
            _ => TaskState.Completed,
        };
        var formData = TaskJson.Write(closing.FormData);
        await db.Tasks.Where(t => t.Id == closing.TaskId).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.State, state)
            .SetProperty(t => t.Outcome, closing.Outcome)
            .SetProperty(t => t.FormData, formData)
            .SetProperty(t => t.CompletedBy, closing.CompletedBy)
            .SetProperty(t => t.CompletedAt, now)
            .SetProperty(t => t.UpdatedAt, now)
            .SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
        await db.TaskCandidates.Where(c => c.TaskId == closing.TaskId && c.Claimable)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Claimable, false), cancellationToken);
        db.TaskAudit.Add(new TaskAuditRecord
        {
            TaskId = closing.TaskId,
            CaseId = row.CaseId,
            At = now,
            Actor = closing.CompletedBy ?? TaskActions.System,
            Action = state switch
            {
                TaskState.Cancelled => TaskActions.Cancelled,
                TaskState.Overdue => TaskActions.Overdue,
                _ => TaskActions.Completed,
            },
            Detail = closing.Outcome,
        });

        // Kept with the closing, so that a completion is never saved without its documents, nor they without it.
        db.TaskAttachments.AddRange(attachments.Select(id => new TaskAttachmentRecord
        {
            TaskId = closing.TaskId,
            DocumentId = id,
            AddedBy = closing.CompletedBy ?? TaskActions.System,
            At = now,
        }));
        Log.TaskClosed(_logger, closing.TaskId, instanceId, closing.Outcome);
    }

    /// <exception cref="TaskFormException">An attachment is no longer a live document of the task's case; the run
    /// fails and nothing of it is saved.</exception>
    private static async Task RefuseGoneDocumentsAsync(DbConnection connection, DbTransaction transaction,
        Guid? caseId, List<Guid> attachments, CancellationToken cancellationToken)
    {
        if (attachments.Count == 0)
        {
            return;
        }

        await using var documents = DocumentDbContext.On(connection);
        await documents.Database.UseTransactionAsync(transaction, cancellationToken);
        var gone = await new StoredCaseDocuments(documents, holdUntilCommit: true)
            .NotOfCaseAsync(caseId, attachments, cancellationToken);
        if (gone.Count > 0)
        {
            throw new TaskFormException(new Dictionary<string, TaskFieldError>
            {
                [TaskFormException.AttachmentsField] = TaskService.NoSuchDocuments(gone),
            });
        }
    }

    internal static string Search(string title, string? description) =>
        $"{title}\n{description}".ToLowerInvariant();
}
