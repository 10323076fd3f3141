namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>A note on a task, for the clerks who work on it.</summary>
public sealed class TaskCommentRecord
{
    public long Id { get; set; }

    public required string TaskId { get; set; }

    public required string Author { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Text { get; set; }
}
