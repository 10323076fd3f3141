using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Runtime.Persistence;
using Hangfire;
using Hangfire.States;

namespace CaseSystem.Workflows.Runtime.Scheduling;

/// <summary>
/// Time through Hangfire. A timer bookmark is a delayed job; a Cron trigger is a recurring job, which Hangfire
/// enqueues once per occurrence however many servers share its storage; a Timer trigger is a chain of delayed
/// jobs; a StartAt trigger is one delayed job.
/// </summary>
public sealed class HangfireTimerScheduler(
    IBackgroundJobClient jobs, IRecurringJobManager recurring, JobStorage storage)
    : ITimerScheduler
{
    public string? ScheduleResume(string instanceId, string bookmarkId, DateTimeOffset at) =>
        jobs.Schedule<TimerJobs>(j => j.ResumeAsync(instanceId, bookmarkId), at);

    public bool IsScheduled(string jobId)
    {
        using var connection = storage.GetConnection();
        var state = connection.GetJobData(jobId)?.State;
        return state == ScheduledState.StateName || state == EnqueuedState.StateName
            || state == ProcessingState.StateName;
    }

    public void Cancel(string jobId) => jobs.Delete(jobId);

    public void ArmTrigger(TriggerRecord trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);

        var payload = trigger.Payload is null ? null : JsonNode.Parse(trigger.Payload);
        switch (trigger.Name)
        {
            case "Elsa.Cron":
                var cron = payload?["cronExpression"]?.GetValue<string>() ?? "";
                recurring.AddOrUpdate<TimerJobs>(RecurringId(trigger), j => j.FireTriggerAsync(trigger.Id, null!), cron,
                    new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
                break;
            case "Elsa.Timer":
                var interval = TimeSpan.Parse(payload?["interval"]?.GetValue<string>() ?? "01:00:00",
                    CultureInfo.InvariantCulture);
                jobs.Schedule<TimerJobs>(j => j.FireTimerTriggerAsync(trigger.Id, null!), interval);
                break;
            case "Elsa.StartAt":
                var at = DateTimeOffset.Parse(
                    payload?["startAt"]?.GetValue<string>() ?? "", CultureInfo.InvariantCulture);
                jobs.Schedule<TimerJobs>(j => j.FireTriggerAsync(trigger.Id, null!), at);
                break;
        }
    }

    // Delayed jobs of a retracted Timer or StartAt trigger find their trigger gone and do nothing.
    public void DisarmTrigger(TriggerRecord trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);

        if (trigger.Name == "Elsa.Cron")
        {
            recurring.RemoveIfExists(RecurringId(trigger));
        }
    }

    private static string RecurringId(TriggerRecord trigger) => $"trigger:{trigger.Id}";
}
