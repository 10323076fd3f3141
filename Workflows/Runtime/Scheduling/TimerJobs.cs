using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;
using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseSystem.Workflows.Runtime.Scheduling;

/// <summary>The jobs Hangfire runs: each turns a moment into a stimulus for the runtime.</summary>
public sealed class TimerJobs(WorkflowRuntime runtime, WorkflowDbContextFactory databases,
    IBackgroundJobClient jobs, ILogger<TimerJobs> logger)
{
    /// <summary>A timer bookmark fell due: resume it, if it is still there.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task ResumeAsync(string instanceId, string bookmarkId)
    {
        Log.TimerFired(logger, instanceId, bookmarkId);
        await runtime.ResumeAsync(instanceId, bookmarkId);
    }

    /// <summary>
    /// A time trigger fired. The instance it starts has an id derived from the occurrence: a retried or
    /// duplicated job finds the instance already there and starts nothing.
    /// </summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task FireTriggerAsync(string triggerId, PerformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        await using var db = databases.Create();
        var trigger = await db.Triggers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == triggerId);
        if (trigger is null)
        {
            return;
        }

        // A recurring job carries the occurrence it was created for ("Time", in Unix seconds); a delayed job
        // (StartAt) has only its own id, which is as unique.
        var occurrence = context.GetJobParameter<long?>("Time")?.ToString(CultureInfo.InvariantCulture)
            ?? context.BackgroundJob.Id;
        await runtime.StartTriggerAsync(trigger, OccurrenceId(triggerId, occurrence));
    }

    /// <summary>
    /// The id of the instance a trigger starts for one occurrence; the same occurrence gives the same id.
    /// </summary>
    public static string OccurrenceId(string triggerId, string occurrence) =>
        WorkflowRuntime.DeterministicId(triggerId, occurrence);

    /// <summary>A Timer trigger fired: schedule the next occurrence, then start this one.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task FireTimerTriggerAsync(string triggerId, PerformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        await using var db = databases.Create();
        var trigger = await db.Triggers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == triggerId);
        if (trigger is null)
        {
            return;
        }

        var interval = TimeSpan.Parse(JsonNode.Parse(trigger.Payload!)!["interval"]!.GetValue<string>(),
            CultureInfo.InvariantCulture);
        jobs.Schedule<TimerJobs>(j => j.FireTimerTriggerAsync(triggerId, null!), interval);

        // The id names the interval this firing belongs to: two chains of the same trigger (re-armed after a
        // restart) start one instance per interval between them.
        var slot = Math.Round((double)DateTimeOffset.UtcNow.Ticks / interval.Ticks)
            .ToString(CultureInfo.InvariantCulture);
        await runtime.StartTriggerAsync(trigger, OccurrenceId(triggerId, slot));
    }
}
