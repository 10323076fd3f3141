using System.Security.Cryptography;
using System.Text;
using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Activities.Tasks;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Persistence;
using CaseSystem.Workflows.Runtime.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseSystem.Workflows.Runtime.Instances;

/// <summary>
/// The durable runtime. Every run of an instance happens inside one database transaction that first takes the
/// instance's lock, then loads its state, runs it until it finishes or blocks, and commits state, bookmarks,
/// journal and effects together. So no instance runs on two hosts at once, a bookmark is resumed once, and a
/// crash at any moment leaves the instance as it was at its last commit.
/// </summary>
public sealed partial class WorkflowRuntime(
    WorkflowEngine engine,
    DefinitionStore definitions,
    WorkflowDbContextFactory databases,
    ITimerScheduler timers,
    IOptions<RuntimeOptions> options,
    TimeProvider time,
    ILogger<WorkflowRuntime> logger,
    IHumanTaskStore? tasks = null,
    IEnumerable<IRunEffectStore>? effectStores = null) : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private readonly IRunEffectStore[] _effectStores = effectStores?.ToArray() ?? [];

    public RuntimeOptions Options { get; } = options.Value;

    public DefinitionStore Definitions { get; } = definitions;

    /// <summary>Publishes a definition's latest version and arms its time triggers.</summary>
    /// <exception cref="Engine.Validation.WorkflowValidationException">The definition has problems.</exception>
    public async Task<PublishResult> PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var result = await Definitions.PublishAsync(definitionId, cancellationToken);
        Rearm(result);
        return result;
    }

    /// <summary>Retracts a definition's published version and disarms its time triggers.</summary>
    public async Task<PublishResult> RetractAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var result = await Definitions.RetractAsync(definitionId, cancellationToken);
        Rearm(result);
        return result;
    }

    /// <summary>
    /// Arms the time triggers of every published definition at start. Cron triggers are recurring jobs, so arming
    /// them again is harmless; Timer and StartAt triggers are delayed jobs, armed again only when the job storage
    /// does not survive a restart (<paramref name="includeChains"/>).
    /// </summary>
    public async Task ArmTimeTriggersAsync(bool includeChains, CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        var triggers = await db.Triggers.AsNoTracking()
            .Where(t => t.Name == "Elsa.Cron" || t.Name == "Elsa.Timer" || t.Name == "Elsa.StartAt")
            .ToListAsync(cancellationToken);
        foreach (var trigger in triggers.Where(t => includeChains || t.Name == "Elsa.Cron"))
        {
            timers.ArmTrigger(trigger);
        }
    }

    private void Rearm(PublishResult result)
    {
        foreach (var trigger in result.RemovedTriggers)
        {
            timers.DisarmTrigger(trigger);
        }

        foreach (var trigger in result.Triggers)
        {
            timers.ArmTrigger(trigger);
        }
    }

    /// <summary>Runs the published version of a definition now, until it finishes or blocks.</summary>
    public async Task<RunOutcome> ExecuteAsync(string definitionId, StartRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var instanceId = request.InstanceId ?? NewInstanceId();
        var outcome = await RunNewAsync(instanceId, fresh: request.InstanceId is null, async (db, effects) =>
        {
            var workflow = await Definitions.GetPublishedAsync(db, definitionId, cancellationToken);
            return (workflow, await engine.Runner.StartAsync(workflow, request.ToStartOptions(instanceId, effects)));
        }, cancellationToken);

        return outcome ?? throw new InvalidOperationException($"An instance with id '{instanceId}' already exists.");
    }

    /// <summary>Queues the published version of a definition; a worker on any host runs it.</summary>
    public async Task<string> DispatchAsync(string definitionId, StartRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var instanceId = request.InstanceId ?? NewInstanceId();
        await RunNewAsync(instanceId, fresh: request.InstanceId is null, async (db, effects) =>
        {
            var workflow = await Definitions.GetPublishedAsync(db, definitionId, cancellationToken);
            var instance = engine.Runner.CreatePending(workflow, request.ToStartOptions(instanceId, effects));
            return (workflow, new RunResult(instance));
        }, cancellationToken);

        Wake();
        return instanceId;
    }

    /// <summary>Resumes one bookmark (a timer that fell due, for example) if it is still there.</summary>
    public Task<RunOutcome?> ResumeAsync(string instanceId, string bookmarkId, object? input = null,
        CancellationToken cancellationToken = default) =>
        RunExistingAsync(instanceId, Resume(bookmarkId, input), consumeStimulusId: null, cancellationToken);

    /// <summary>Cancels an instance that has not finished; false when there is none to cancel.</summary>
    public async Task<bool> CancelAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var outcome = await RunExistingAsync(instanceId, (_, instance, _) =>
            Task.FromResult(engine.Runner.Cancel(instance) ? new RunResult(instance) : null),
            consumeStimulusId: null,
            cancellationToken);
        return outcome is not null;
    }

    /// <summary>Retries a faulted instance from its latest incident.</summary>
    public Task<RunOutcome?> RetryAsync(string instanceId, CancellationToken cancellationToken = default) =>
        RunExistingAsync(instanceId, (workflow, instance, effects) =>
            instance.SubStatus == WorkflowSubStatus.Faulted && instance.Incidents.Count > 0
                ? Run(engine.Runner.RetryAsync(workflow, instance, instance.Incidents[^1], RunOptions(effects)))
                : Task.FromResult<RunResult?>(null),
            consumeStimulusId: null,
            cancellationToken);

    /// <summary>Runs an instance's queued work (a dispatched start, or work left by a host that stopped).</summary>
    public Task<RunOutcome?> ContinueAsync(string instanceId, CancellationToken cancellationToken = default) =>
        RunExistingAsync(instanceId, (workflow, instance, effects) =>
            instance.SubStatus == WorkflowSubStatus.Pending && instance.Scheduled.Count > 0
                ? Run(engine.Runner.ContinueAsync(workflow, instance, RunOptions(effects)))
                : Task.FromResult<RunResult?>(null),
            consumeStimulusId: null,
            cancellationToken);

    public void Dispose() => _wake.Dispose();

    /// <summary>Waits until new work is queued on this host, or the timeout passes.</summary>
    public Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _wake.WaitAsync(timeout, cancellationToken);

    private void Wake() => _wake.Release();

    private static async Task<RunResult?> Run(ValueTask<RunResult> run) => await run;

    private static RunOptions RunOptions(RunEffects effects) => effects.Options;

    /// <summary>Creates an instance and commits its first run; null when an instance with that id exists.</summary>
    /// <param name="instanceId">The new instance's id.</param>
    /// <param name="fresh">
    /// True when the id was just made here, so nobody else can know it: no lock and no check are needed. Ids
    /// derived from a stimulus or an occurrence are not fresh: another host may be starting the same instance.
    /// </param>
    /// <param name="start">Runs the new instance within the transaction.</param>
    /// <param name="cancellationToken">Stops the run before it commits.</param>
    private async Task<RunOutcome?> RunNewAsync(string instanceId, bool fresh,
        Func<WorkflowDbContext, RunEffects, Task<(CompiledWorkflow, RunResult)>> start,
        CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!fresh)
        {
            await db.LockInstanceAsync(instanceId, cancellationToken);
            if (await db.Instances.AnyAsync(i => i.Id == instanceId, cancellationToken))
            {
                return null;
            }
        }

        var effects = new RunEffects(engine.Runner, Definitions, db);
        var (workflow, result) = await start(db, effects);
        var record = InstanceMapper.NewRecord(workflow, result.Instance, parentId: null);
        var changes = await PersistAsync(db, record, isNew: true, result.Instance, effects, [], null, 0,
            cancellationToken);
        if (!changes.Committed)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return await AfterCommitAsync(result, changes, cancellationToken);
    }

    /// <summary>
    /// Locks, loads and runs an existing instance, and commits what the step did; null when the step found
    /// nothing to do (a bookmark already resumed, an instance already finished) or the instance does not exist.
    /// </summary>
    private async Task<RunOutcome?> RunExistingAsync(string instanceId,
        Func<CompiledWorkflow, WorkflowInstance, RunEffects, Task<RunResult?>> step,
        string? consumeStimulusId,
        CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return await RunExistingInAsync(db, transaction, instanceId, step, consumeStimulusId, cancellationToken);
    }

    /// <summary>The run of <see cref="RunExistingAsync"/> in a transaction the caller has begun.</summary>
    private async Task<RunOutcome?> RunExistingInAsync(WorkflowDbContext db,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, string instanceId,
        Func<CompiledWorkflow, WorkflowInstance, RunEffects, Task<RunResult?>> step,
        string? consumeStimulusId,
        CancellationToken cancellationToken)
    {
        var record = await db.LoadInstanceForRunAsync(instanceId, cancellationToken);
        return record is null
            ? null
            : await RunLoadedAsync(db, transaction, record, step, consumeStimulusId, cancellationToken);
    }

    /// <summary>The run of an instance whose row the caller has loaded and locked in its transaction.</summary>
    private async Task<RunOutcome?> RunLoadedAsync(WorkflowDbContext db,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, InstanceRecord record,
        Func<CompiledWorkflow, WorkflowInstance, RunEffects, Task<RunResult?>> step,
        string? consumeStimulusId,
        CancellationToken cancellationToken)
    {
        var workflow = await Definitions.GetCompiledAsync(db, record.DefinitionVersionId, cancellationToken);
        var instance = InstanceSerializer.Deserialize(workflow, record.State);

        // The stored state and the bookmark rows were committed together, so the state says which rows exist.
        var before = instance.HasBookmarks ? instance.Bookmarks.Select(b => b.Id).ToList() : [];
        var correlationBefore = instance.CorrelationId;
        var effects = new RunEffects(engine.Runner, Definitions, db) { TasksBefore = WaitingTasks(instance) };
        var result = await step(workflow, instance, effects);
        if (result is null)
        {
            return null;
        }

        // A queued stimulus goes to one bookmark only: if another instance took it first, this run never happened.
        if (consumeStimulusId is not null
            && await db.Stimuli.Where(s => s.Id == consumeStimulusId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return null;
        }

        var previousIncidents = record.IncidentCount;
        InstanceMapper.Update(record, workflow, instance);
        var changes = await PersistAsync(db, record, isNew: false, instance, effects, before, correlationBefore,
            previousIncidents, cancellationToken);
        if (!changes.Committed)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return await AfterCommitAsync(result, changes, cancellationToken);
    }

    /// <summary>
    /// Adds to the transaction everything the run changed: bookmarks, journal, incidents, effects. All of it goes
    /// to the database in one batch with the instance's row, which a start (<paramref name="isNew"/>) inserts and
    /// any other run updates, its revision checked. When nothing else is to be written, the batch also commits
    /// (<see cref="Changes.Committed"/>).
    /// </summary>
    private async Task<Changes> PersistAsync(WorkflowDbContext db, InstanceRecord record, bool isNew,
        WorkflowInstance instance, RunEffects effects, List<string> bookmarksBefore, string? correlationBefore,
        int previousIncidents, CancellationToken cancellationToken)
    {
        var changes = new Changes();
        var current = instance.HasBookmarks
            ? instance.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal)
            : [];

        CloseCancelledTasks(instance, effects);
        // The batch may end with its COMMIT only when nothing else is written after it: tasks and effects are.
        var savesMore = (tasks is not null && effects.OpenedTasks.Count + effects.ClosedTasks.Count > 0)
            || effects.Effects.Count > 0;
        if (await TryWriteDirectlyAsync(db, record, isNew, instance, effects, bookmarksBefore, current,
                correlationBefore, previousIncidents, commit: !savesMore, changes, cancellationToken))
        {
            await SaveTasksAsync(db, instance, effects, cancellationToken);
            await SaveEffectsAsync(db, instance, effects, cancellationToken);
            return changes;
        }

        Track(db, record, isNew);

        // A timer bookmark that goes keeps its job, which finds no bookmark when it fires and does nothing.
        foreach (var gone in bookmarksBefore.Where(id => !current.Contains(id)))
        {
            db.Bookmarks.Remove(
                new BookmarkRecord { Id = gone, InstanceId = "", Name = "", Hash = "", ActivityId = "" });
        }

        if (correlationBefore != instance.CorrelationId && bookmarksBefore.Count > 0)
        {
            // Correlate changed the instance's correlation id: stimuli for the new id must find its bookmarks.
            await db.Bookmarks.Where(b => b.InstanceId == instance.Id)
                .ExecuteUpdateAsync(
                    u => u.SetProperty(b => b.CorrelationId, instance.CorrelationId), cancellationToken);
        }

        var known = bookmarksBefore.ToHashSet(StringComparer.Ordinal);
        foreach (var bookmark in instance.Bookmarks.Where(b => !known.Contains(b.Id)))
        {
            var row = InstanceMapper.ToRecord(instance, bookmark);
            db.Bookmarks.Add(row);
            changes.NewBookmarks.Add(row);
        }

        if (instance.Journal.Count > 0)
        {
            db.Journal.Add(InstanceMapper.ToBatch(instance));
        }

        if (instance.Incidents.Count > 0 || previousIncidents > 0)
        {
            await db.Incidents.Where(i => i.InstanceId == instance.Id).ExecuteDeleteAsync(cancellationToken);
            db.Incidents.AddRange(instance.Incidents.Select(i => InstanceMapper.ToRecord(instance, i)));
        }

        foreach (var (childWorkflow, child, parentId) in effects.Children)
        {
            db.Instances.Add(InstanceMapper.NewRecord(childWorkflow, child, parentId));
            changes.QueuedInstances = true;
        }

        foreach (var stimulus in effects.Published)
        {
            var row = NewStimulusRecord(stimulus);
            db.Stimuli.Add(row);
            changes.Stimuli.Add((row, stimulus.Input));
        }

        if (instance.IsFinished && record.ParentInstanceId is { } waitingParent)
        {
            var payload = Engine.Activities.Composition.ChildWorkflowActivity.CompletedPayload(instance.Id);
            var notice = new Stimulus(payload.Name, payload.ToJsonObject(), instance.Output)
            {
                WorkflowInstanceId = waitingParent,
            };
            var row = NewStimulusRecord(notice);
            db.Stimuli.Add(row);
            changes.Stimuli.Add((row, notice.Input));
        }

        if (instance.SubStatus == WorkflowSubStatus.Pending)
        {
            changes.QueuedInstances = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        instance.Journal.Clear();
        await SaveTasksAsync(db, instance, effects, cancellationToken);
        await SaveEffectsAsync(db, instance, effects, cancellationToken);
        return changes;
    }

    /// <summary>Hands the effects the run's activities asked for to the effect stores, in the run's transaction.
    /// </summary>
    private async Task SaveEffectsAsync(WorkflowDbContext db, WorkflowInstance instance, RunEffects effects,
        CancellationToken cancellationToken)
    {
        if (effects.Effects.Count == 0)
        {
            return;
        }

        // Unlike a task list, an effect is work asked for: committing the run without it would lose it.
        if (_effectStores.Length == 0)
        {
            throw new InvalidOperationException(
                $"Workflow instance {instance.Id} asked for {effects.Effects[0].GetType().Name}, but this runtime has "
                + "no effect store to carry it out; register the case system's.");
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Run effects are saved inside the run's transaction.");
        var batch = new RunEffectBatch(instance.Id, instance.DefinitionId, instance.CorrelationId, effects.Effects);
        foreach (var store in _effectStores)
        {
            await store.SaveAsync(batch, db.Database.GetDbConnection(), transaction, cancellationToken);
        }
    }

    /// <summary>The human tasks an instance waits on: each task's own bookmark (not its deadline's timer).</summary>
    private static List<(string BookmarkId, string TaskId)> WaitingTasks(WorkflowInstance instance) =>
        instance.HasBookmarks
            ? [.. instance.Bookmarks
                .Where(b => b.Name == HumanTask.StimulusName && b.ResumeAt is null && b.Payload is not null)
                .Select(b => (b.Id, System.Text.Json.Nodes.JsonNode.Parse(b.Payload!)?["taskId"]?.GetValue<string>()))
                .Where(t => t.Item2 is not null)
                .Select(t => (t.Id, t.Item2!))]
            : [];

    /// <summary>A task whose bookmark went without the activity closing it was cancelled with its instance or
    /// flowchart: it is closed as cancelled.</summary>
    private static void CloseCancelledTasks(WorkflowInstance instance, RunEffects effects)
    {
        if (effects.TasksBefore.Count == 0)
        {
            return;
        }

        var closed = effects.ClosedTasks.Select(c => c.TaskId).ToHashSet(StringComparer.Ordinal);
        var waiting = instance.HasBookmarks
            ? instance.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var (bookmarkId, taskId) in effects.TasksBefore)
        {
            if (!waiting.Contains(bookmarkId) && closed.Add(taskId))
            {
                effects.ClosedTasks.Add(new HumanTaskClosing(taskId, "", Overdue: false, null, null, Cancelled: true));
            }
        }
    }

    /// <summary>Hands the human tasks the run opened and closed to the task store, in the run's transaction.</summary>
    private async Task SaveTasksAsync(WorkflowDbContext db, WorkflowInstance instance, RunEffects effects,
        CancellationToken cancellationToken)
    {
        if (effects.OpenedTasks.Count + effects.ClosedTasks.Count == 0)
        {
            return;
        }

        if (tasks is null)
        {
            // Nothing keeps a task list (a runtime without the case system): the bookmarks still wait.
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Human tasks are saved inside the run's transaction.");
        await tasks.SaveAsync(
            new RunTasks(instance.Id, instance.DefinitionId, instance.CorrelationId, effects.OpenedTasks,
                effects.ClosedTasks),
            db.Database.GetDbConnection(), transaction, cancellationToken);
    }

    /// <summary>
    /// Hands the instance's row to the change tracker: added for a start, modified otherwise. A row the database
    /// read without the tracker (PostgreSQL's) joins it here, its revision checked against the one it was read with.
    /// </summary>
    private static void Track(WorkflowDbContext db, InstanceRecord record, bool isNew)
    {
        if (isNew)
        {
            db.Instances.Add(record);
            return;
        }

        var entry = db.Entry(record);
        if (entry.State == EntityState.Detached)
        {
            entry.State = EntityState.Modified;
            entry.Property(r => r.Revision).OriginalValue = record.Revision - 1;
        }
    }

    /// <summary>
    /// The common run (no incidents, children, events or change of correlation) written in one batch where the
    /// database can, which also commits the transaction with <paramref name="commit"/>; false when the change
    /// tracker must do it.
    /// </summary>
    private static async Task<bool> TryWriteDirectlyAsync(WorkflowDbContext db, InstanceRecord record, bool isNew,
        WorkflowInstance instance, RunEffects effects, List<string> bookmarksBefore, HashSet<string> current,
        string? correlationBefore, int previousIncidents, bool commit, Changes changes,
        CancellationToken cancellationToken)
    {
        var simple = db.WritesRunsDirectly && instance.Incidents.Count == 0 && previousIncidents == 0
            && effects.Children.Count == 0 && effects.Published.Count == 0
            && !(instance.IsFinished && record.ParentInstanceId is not null)
            && instance.SubStatus != WorkflowSubStatus.Pending
            && (correlationBefore == instance.CorrelationId || bookmarksBefore.Count == 0);
        if (!simple)
        {
            return false;
        }

        // Nothing else may be waiting to be saved: that needs the change tracker. (The instance's own row is not
        // tracked: PostgreSQL reads it without the tracker, and a start's row joins it only when the tracker saves.)
        if (db.ChangeTracker.HasChanges())
        {
            return false;
        }

        var known = bookmarksBefore.ToHashSet(StringComparer.Ordinal);
        var added = instance.HasBookmarks
            ? instance.Bookmarks.Where(b => !known.Contains(b.Id)).Select(b => InstanceMapper.ToRecord(instance, b))
                .ToList()
            : [];
        var write = new RunWrite(record, isNew, bookmarksBefore.Where(id => !current.Contains(id)).ToList(), added,
            instance.Journal.Count > 0 ? InstanceMapper.ToBatch(instance) : null, commit);
        await db.WriteRunAsync(write, cancellationToken);
        changes.Committed = commit;
        changes.NewBookmarks.AddRange(added);
        instance.Journal.Clear();
        return true;
    }

    /// <summary>After the commit: arm timers, hand queued stimuli to new bookmarks, deliver published events.</summary>
    private async Task<RunOutcome> AfterCommitAsync(RunResult result, Changes changes,
        CancellationToken cancellationToken)
    {
        foreach (var bookmark in changes.NewBookmarks.Where(b => b.ResumeAt is not null))
        {
            await ArmTimerAsync(bookmark, cancellationToken);
        }

        if (changes.QueuedInstances)
        {
            Wake();
        }

        var outcome = new RunOutcome(result.Instance, result.HttpResponse);
        foreach (var bookmark in changes.NewBookmarks.Where(b => b.ResumeAt is null))
        {
            await DeliverQueuedStimuliAsync(bookmark, cancellationToken);
        }

        foreach (var (stimulus, input) in changes.Stimuli)
        {
            await ProcessStimulusAsync(stimulus, input, stored: true, cancellationToken);
        }

        return outcome;
    }

    private async Task ArmTimerAsync(BookmarkRecord bookmark, CancellationToken cancellationToken)
    {
        var job = timers.ScheduleResume(bookmark.InstanceId, bookmark.Id, bookmark.ResumeAt!.Value);
        await using var db = databases.Create();
        await db.Bookmarks.Where(b => b.Id == bookmark.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.JobId, job), cancellationToken);
    }

    /// <summary>Schedules every timer bookmark that has no live job (at start, and now and then).</summary>
    public async Task<int> RearmTimersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        var timerBookmarks = await db.Bookmarks.AsNoTracking()
            .Where(b => b.ResumeAt != null)
            .ToListAsync(cancellationToken);

        var armed = 0;
        foreach (var bookmark in timerBookmarks.Where(b => b.JobId is null || !timers.IsScheduled(b.JobId)))
        {
            await ArmTimerAsync(bookmark, cancellationToken);
            armed++;
        }

        if (armed > 0)
        {
            Log.TimersRearmed(logger, armed);
        }

        return armed;
    }

    private StimulusRecord NewStimulusRecord(Stimulus stimulus)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        var payload = stimulus.Payload is null
            ? null
            : new Engine.Execution.BookmarkPayload(stimulus.Name, stimulus.Payload);
        return new StimulusRecord
        {
            Id = NewInstanceId(),
            Name = stimulus.Name,
            Hash = stimulus.Hash,
            Payload = payload?.Json,
            Input = InstanceMapper.InputToJson(stimulus.Input),
            CorrelationId = stimulus.CorrelationId,
            InstanceId = stimulus.WorkflowInstanceId,
            CreatedAt = now,
            ExpiresAt = now + Options.StimulusTimeToLive,
        };
    }

    private static string NewInstanceId() => Guid.CreateVersion7().ToString("N");

    /// <summary>An id derived from its parts, so that doing the same thing twice finds the first result.</summary>
    public static string DeterministicId(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private sealed class Changes
    {
        public List<BookmarkRecord> NewBookmarks { get; } = [];

        public List<(StimulusRecord Record, object? Input)> Stimuli { get; } = [];

        public bool QueuedInstances { get; set; }

        /// <summary>The run's own write committed its transaction: the caller must not commit again.</summary>
        public bool Committed { get; set; }
    }
}

/// <summary>What a caller asks when starting an instance.</summary>
public sealed record StartRequest
{
    public string? InstanceId { get; init; }

    public string? CorrelationId { get; init; }

    public IReadOnlyDictionary<string, object?>? Input { get; init; }

    internal StartOptions ToStartOptions(string instanceId, RunEffects effects, int? trigger = null,
        object? triggerInput = null) => new()
    {
        InstanceId = instanceId,
        CorrelationId = CorrelationId,
        Input = Input,
        TriggerNodeIndex = trigger,
        TriggerInput = triggerInput,
        Run = effects.Options,
    };
}

/// <summary>An instance as a run left it, and the HTTP response it wrote, if any.</summary>
public sealed record RunOutcome(WorkflowInstance Instance, HttpResponseData? HttpResponse);
