using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Runtime.Instances;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// One pass of the worker every host runs: continue queued instances, take over stimuli that a stopped host
    /// left unprocessed, and drop stimuli that waited in vain. Safe on several hosts at once: each instance runs
    /// under its lock and skips work another host already did.
    /// </summary>
    /// <returns>How many instances and stimuli it handled.</returns>
    public async Task<int> RunWorkerPassAsync(CancellationToken cancellationToken = default)
    {
        var handled = 0;
        List<string> pending;
        List<Persistence.StimulusRecord> orphaned;
        List<Persistence.BookmarkRecord> stranded;
        var now = time.GetUtcNow().ToUniversalTime();
        await using (var db = databases.Create())
        {
            pending = await db.Instances.AsNoTracking()
                .Where(i => i.SubStatus == nameof(Engine.Execution.WorkflowSubStatus.Pending))
                .OrderBy(i => i.UpdatedAt)
                .Select(i => i.Id)
                .Take(Options.BatchSize)
                .ToListAsync(cancellationToken);

            var graceLimit = now - Options.StimulusGracePeriod;
            orphaned = await db.Stimuli.AsNoTracking()
                .Where(s => !s.TriggersDone && s.CreatedAt < graceLimit)
                .OrderBy(s => s.CreatedAt)
                .Take(Options.BatchSize)
                .ToListAsync(cancellationToken);

            // A queued stimulus is handed over when its bookmark is committed; a host that stopped in between, or
            // a stimulus queued just after the bookmark's commit looked for it, leaves the two waiting for each other.
            stranded = await db.Bookmarks.AsNoTracking()
                .Where(b => b.ResumeAt == null && db.Stimuli.Any(s => s.Hash == b.Hash && s.TriggersDone
                    && s.CreatedAt < graceLimit && s.ExpiresAt > now
                    && (s.InstanceId == null || s.InstanceId == b.InstanceId)
                    && (s.CorrelationId == null || s.CorrelationId == b.CorrelationId)))
                .OrderBy(b => b.CreatedAt)
                .Take(Options.BatchSize)
                .ToListAsync(cancellationToken);

            await db.Stimuli.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var bookmark in stranded)
        {
            await DeliverQueuedStimuliAsync(bookmark, cancellationToken);
        }

        foreach (var id in pending)
        {
            try
            {
                if (await ContinueAsync(id, cancellationToken) is not null)
                {
                    handled++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.ContinueFailed(logger, id, e);
            }
        }

        foreach (var stimulus in orphaned)
        {
            var input = stimulus.Input is null ? null : ValueConverter.FromJson(JsonNode.Parse(stimulus.Input));
            await ProcessStimulusAsync(stimulus, input, stored: true, cancellationToken);
            handled++;
        }

        if (pending.Count > 0)
        {
            Log.ContinuedInstances(logger, pending.Count);
        }

        return handled;
    }
}
