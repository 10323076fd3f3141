namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// What the inbox asks for, among the tasks the actor may see. <see cref="Mine"/> and <see cref="MyGroups"/>
/// together take either; neither takes every visible task.
/// </summary>
public sealed record TaskFilter
{
    /// <summary>Tasks the actor owns or works on as the delegate.</summary>
    public bool Mine { get; init; }

    /// <summary>Open, unclaimed tasks of the actor's departments, or naming the actor as a candidate.</summary>
    public bool MyGroups { get; init; }

    /// <summary>Live tasks past their deadline, and (with <see cref="IncludeClosed"/>) those closed as overdue.
    /// </summary>
    public bool Overdue { get; init; }

    public Guid? CaseId { get; init; }

    public string? DefinitionId { get; init; }

    /// <summary>Searched in title and description, ignoring case.</summary>
    public string? Text { get; init; }

    /// <summary>Also completed, overdue and cancelled tasks.</summary>
    public bool IncludeClosed { get; init; }

    public TaskSort Sort { get; init; } = TaskSort.Due;

    /// <summary>From 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>From 1 to 200.</summary>
    public int PageSize { get; init; } = 25;
}

public enum TaskSort
{
    /// <summary>Nearest deadline first; tasks without one last.</summary>
    Due,

    /// <summary>Urgent first, then by deadline.</summary>
    Priority,

    /// <summary>Oldest first: first come, first served.</summary>
    Created,
}

/// <summary>One page of the inbox and how many tasks match in all.</summary>
public sealed record TaskPage(IReadOnlyList<TaskRecord> Items, int Total, int Page, int PageSize);

/// <summary>A task with its comments and attachments, and its history oldest first.</summary>
public sealed record TaskDetails(
    TaskRecord Task,
    IReadOnlyList<TaskCommentRecord> Comments,
    IReadOnlyList<TaskAuditRecord> History,
    IReadOnlyList<TaskAttachmentRecord> Attachments);

/// <summary>
/// A department's live tasks for its supervisor: the tasks by deadline, how many wait unclaimed, how many are past
/// their deadline, and the load of each assignee.
/// </summary>
public sealed record DepartmentLoad(
    string Department,
    IReadOnlyList<TaskRecord> Tasks,
    int Unclaimed,
    int PastDue,
    IReadOnlyList<AssigneeLoad> ByAssignee);

/// <summary>How many live tasks one clerk holds, and how many of them are past their deadline.</summary>
public sealed record AssigneeLoad(string Assignee, int Tasks, int PastDue);
