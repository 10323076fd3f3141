using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;
using CaseSystem.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Runtime.Instances;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Delivers a stimulus: first every published trigger that matches starts an instance, then every matching
    /// bookmark is resumed, each run committed on its own. A stimulus that matched nothing is stored and waits in
    /// the queue for a while, for a bookmark that appears a moment later.
    /// </summary>
    /// <param name="stimulus">The event, task completion or request.</param>
    /// <param name="queueIfUnmatched">
    /// False for an HTTP request: its caller waits for the answer, and a request nobody answers is a 404.
    /// </param>
    /// <param name="cancellationToken">Stops waiting; work already committed stays committed.</param>
    /// <remarks>
    /// The stimulus is not stored before it is processed: the caller learns what it did only afterwards, so a
    /// host that fails on the way fails the call, and the caller sends it again. Stimuli published by workflows
    /// are stored with the run that published them.
    /// </remarks>
    public async Task<StimulusOutcome> StimulateAsync(Stimulus stimulus, bool queueIfUnmatched = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stimulus);

        var record = NewStimulusRecord(stimulus);
        var outcome = await ProcessStimulusAsync(record, stimulus.Input, stored: false, cancellationToken);
        if (outcome.Started.Count + outcome.Resumed.Count == 0 && queueIfUnmatched)
        {
            record.TriggersDone = true;
            await using var db = databases.Create();
            db.Stimuli.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            return outcome with { Queued = true };
        }

        return outcome;
    }

    /// <summary>Completes a task a RunTask activity asked for, resuming its workflow with the result.</summary>
    public Task<StimulusOutcome> CompleteTaskAsync(string taskId, object? result,
        CancellationToken cancellationToken = default)
    {
        var payload = Engine.Activities.Events.RunTask.Payload(taskId);
        return StimulateAsync(new Stimulus(payload.Name, payload.ToJsonObject(), result),
            cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Completes a human task with an outcome, the form's data, who completed it and the documents they attached,
    /// resuming its workflow on the outcome's port; the task store keeps the attachments in that run's transaction.
    /// Nothing is queued: when no workflow waits on the task (completed already, or closed at its deadline) the
    /// outcome resumes nothing and says so.
    /// </summary>
    public Task<StimulusOutcome> CompleteHumanTaskAsync(string taskId, string outcome, JsonObject? formData,
        string completedBy, IReadOnlyList<string>? attachments = null, CancellationToken cancellationToken = default)
    {
        var payload = Engine.Activities.Tasks.HumanTask.Payload(taskId);
        return StimulateAsync(
            new Stimulus(payload.Name, payload.ToJsonObject(),
                Engine.Activities.Tasks.HumanTask.Completion(outcome, formData, completedBy, attachments)),
            queueIfUnmatched: false, cancellationToken);
    }

    /// <param name="record">The stimulus.</param>
    /// <param name="input">What it carries.</param>
    /// <param name="stored">True when the stimulus has a row, which goes once it is delivered.</param>
    /// <param name="cancellationToken">Stops waiting; work already committed stays committed.</param>
    private async Task<StimulusOutcome> ProcessStimulusAsync(StimulusRecord record, object? input, bool stored,
        CancellationToken cancellationToken)
    {
        var started = new List<RunOutcome>();
        var resumed = new List<RunOutcome>();

        if (!record.TriggersDone && record.InstanceId is null)
        {
            foreach (var trigger in await Definitions.FindTriggersAsync(record.Hash, cancellationToken))
            {
                // The id comes from the stimulus and the trigger: delivering the stimulus again starts nothing new.
                var instanceId = DeterministicId(record.Id, trigger.Id);
                if (await StartFromTriggerAsync(trigger, instanceId, record, input, cancellationToken) is { } run)
                {
                    started.Add(run);
                }
            }

        }

        // Most stimuli are for one case: the lookup and the first resumption share one transaction.
        List<BookmarkMatch> matches;
        await using (var db = databases.Create())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            (matches, var firstRecord) = await db.FindBookmarksAndLoadFirstAsync(
                record.Hash, record.InstanceId, record.CorrelationId, cancellationToken);
            if (firstRecord is not null
                && await RunLoadedAsync(db, transaction, firstRecord, Resume(matches[0].Id, input),
                    consumeStimulusId: null, cancellationToken) is { } first)
            {
                resumed.Add(first);
            }
        }

        foreach (var match in matches.Skip(1))
        {
            if (await RunExistingAsync(match.InstanceId, Resume(match.Id, input), consumeStimulusId: null,
                cancellationToken) is { } run)
            {
                resumed.Add(run);
            }
        }

        // A stored stimulus goes once delivered; otherwise it stays queued, its triggers now done.
        var delivered = started.Count + resumed.Count > 0;
        if (stored && (delivered || !record.TriggersDone))
        {
            await using var db = databases.Create();
            var row = db.Stimuli.Where(s => s.Id == record.Id);
            await (delivered
                ? row.ExecuteDeleteAsync(cancellationToken)
                : row.ExecuteUpdateAsync(s => s.SetProperty(r => r.TriggersDone, true), cancellationToken));
        }

        return new StimulusOutcome(record.Id, started, resumed, Queued: stored && !delivered);
    }

    /// <summary>A run step that resumes one bookmark, if the instance still waits on it.</summary>
    private Func<CompiledWorkflow, WorkflowInstance, RunEffects, Task<RunResult?>> Resume(string bookmarkId,
        object? input) =>
        (workflow, instance, effects) => instance.HasBookmarks && instance.Bookmarks.Exists(b => b.Id == bookmarkId)
            ? Run(engine.Runner.ResumeAsync(workflow, instance, bookmarkId, input, RunOptions(effects)))
            : Task.FromResult<RunResult?>(null);

    /// <summary>
    /// Starts a definition from one of its triggers under a given id; null when that id already exists.
    /// </summary>
    public Task<RunOutcome?> StartTriggerAsync(TriggerRecord trigger, string instanceId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trigger);

        var now = time.GetUtcNow().ToUniversalTime();
        var stimulus = new StimulusRecord
        {
            Id = instanceId,
            Name = trigger.Name,
            Hash = trigger.Hash,
            CreatedAt = now,
            ExpiresAt = now,
        };
        return StartFromTriggerAsync(trigger, instanceId, stimulus, null, cancellationToken);
    }

    private Task<RunOutcome?> StartFromTriggerAsync(TriggerRecord trigger, string instanceId, StimulusRecord stimulus,
        object? input, CancellationToken cancellationToken) =>
        RunNewAsync(instanceId, fresh: false, async (db, effects) =>
        {
            var workflow = await Definitions.GetCompiledAsync(db, trigger.DefinitionVersionId, cancellationToken);
            var request = new StartRequest { CorrelationId = stimulus.CorrelationId };
            var options = request.ToStartOptions(instanceId, effects, workflow.NodeIndex[trigger.ActivityId], input);
            return (workflow, await engine.Runner.StartAsync(workflow, options));
        }, cancellationToken);

    /// <summary>Hands stimuli that arrived before this bookmark existed to it, one stimulus to one bookmark.</summary>
    private async Task DeliverQueuedStimuliAsync(BookmarkRecord bookmark, CancellationToken cancellationToken)
    {
        List<StimulusRecord> waiting;
        await using (var db = databases.Create())
        {
            var now = time.GetUtcNow().ToUniversalTime();
            waiting = await db.Stimuli.AsNoTracking()
                .Where(s => s.Hash == bookmark.Hash && s.ExpiresAt > now && s.TriggersDone
                    && (s.InstanceId == null || s.InstanceId == bookmark.InstanceId)
                    && (s.CorrelationId == null || s.CorrelationId == bookmark.CorrelationId))
                .OrderBy(s => s.CreatedAt)
                .Take(1)
                .ToListAsync(cancellationToken);
        }

        foreach (var stimulus in waiting)
        {
            var input = stimulus.Input is null ? null : ValueConverter.FromJson(JsonNode.Parse(stimulus.Input));
            await RunExistingAsync(bookmark.InstanceId, Resume(bookmark.Id, input), consumeStimulusId: stimulus.Id,
                cancellationToken);
        }
    }
}

/// <summary>What a stimulus did: the instances it started and resumed, or that it waits in the queue.</summary>
public sealed record StimulusOutcome(
    string StimulusId,
    IReadOnlyList<RunOutcome> Started,
    IReadOnlyList<RunOutcome> Resumed,
    bool Queued);
