namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>One step in a task's life: who did what, when, on which case. Rows are only ever appended.</summary>
public sealed class TaskAuditRecord
{
    public long Id { get; set; }

    public required string TaskId { get; set; }

    public Guid? CaseId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>A user name, or <see cref="TaskActions.System"/>.</summary>
    public required string Actor { get; set; }

    /// <summary>One of <see cref="TaskActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>The outcome, the delegate, the comment, as the action needs.</summary>
    public string? Detail { get; set; }
}
