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

    // TODO: never set yet: cancelling an instance reports no closings to the task store, so its tasks stay live;
    // goes when the runtime hands the store the tasks a cancellation drops.
    Cancelled,
}
