namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// Where a human task stands. Open and Claimed are live: the workflow waits on them. Completed, Overdue and
/// Cancelled are closed: the workflow has moved on, or will not.
/// </summary>
public enum TaskState
{
    /// <summary>Waiting in its candidate groups for someone to claim it.</summary>
    Open,

    /// <summary>Owned by its assignee, who may delegate it, release it or complete it.</summary>
    Claimed,

    Completed,

    /// <summary>Closed at its deadline: the workflow followed its Overdue port without an answer.</summary>
    Overdue,

    /// <summary>Closed because the workflow stopped waiting: its instance was cancelled or its flowchart ended.
    /// </summary>
    Cancelled,
}
