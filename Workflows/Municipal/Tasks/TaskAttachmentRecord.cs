namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>A DocumentStore document attached to a task when it was completed.</summary>
public sealed class TaskAttachmentRecord
{
    public required string TaskId { get; set; }

    public Guid DocumentId { get; set; }

    public required string AddedBy { get; set; }

    public DateTimeOffset At { get; set; }
}
