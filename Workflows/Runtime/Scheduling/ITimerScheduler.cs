using CaseSystem.Workflows.Runtime.Persistence;

namespace CaseSystem.Workflows.Runtime.Scheduling;

/// <summary>
/// Turns time into stimuli: a timer bookmark becomes a job that resumes it when due, and a time trigger (Cron,
/// Timer, StartAt) becomes jobs that start the workflow. Hangfire does it in the host.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>
    /// Schedules the resumption of a timer bookmark; returns the job's id, or null when nothing keeps time.
    /// </summary>
    string? ScheduleResume(string instanceId, string bookmarkId, DateTimeOffset at);

    /// <summary>True when the job still exists and has not yet run.</summary>
    bool IsScheduled(string jobId);

    void Cancel(string jobId);

    /// <summary>Arms a published time trigger; does nothing for other triggers.</summary>
    void ArmTrigger(TriggerRecord trigger);

    void DisarmTrigger(TriggerRecord trigger);
}

/// <summary>
/// For runtimes without time (the command line, tests of other things): timers are never fired, and their
/// bookmarks keep no job, so a host with time re-arms them when it starts.
/// </summary>
public sealed class NoTimerScheduler : ITimerScheduler
{
    public string? ScheduleResume(string instanceId, string bookmarkId, DateTimeOffset at) => null;

    public bool IsScheduled(string jobId) => true;

    public void Cancel(string jobId)
    {
    }

    public void ArmTrigger(TriggerRecord trigger)
    {
    }

    public void DisarmTrigger(TriggerRecord trigger)
    {
    }
}
