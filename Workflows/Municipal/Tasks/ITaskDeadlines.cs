namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// Arms a new task's reminder (at <see cref="TaskRecord.RemindAt"/>) and escalation (at
/// <see cref="TaskRecord.DueAt"/> when <see cref="TaskRecord.EscalateAtDue"/>) as jobs that call
/// <see cref="TaskDeadlineJobs"/>; the host does it with Hangfire.
/// </summary>
/// <remarks>
/// Called inside the run's transaction, before it commits. A job armed for a run that then rolls back finds no
/// task when it fires and does nothing, so arming early is safe; arming late could lose the job.
/// </remarks>
public interface ITaskDeadlines
{
    void Schedule(TaskRecord task);
}

/// <summary>For hosts without time (the command line, tests of other things): no reminder, no escalation.</summary>
public sealed class NoTaskDeadlines : ITaskDeadlines
{
    public void Schedule(TaskRecord task)
    {
    }
}
