namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>A message for one clerk about a task, in Bulgarian and English; read once they open it.</summary>
public sealed class NotificationRecord
{
    public const string Reminder = "reminder";
    public const string Escalation = "escalation";
    public const string Delegated = "delegated";
    public const string Reassigned = "reassigned";

    /// <summary>The delegate handed the task back to its owner.</summary>
    public const string Resolved = "resolved";

    public long Id { get; set; }

    /// <summary>The user name it is for.</summary>
    public required string Recipient { get; set; }

    public required string TaskId { get; set; }

    public Guid? CaseId { get; set; }

    /// <summary><see cref="Reminder"/>, <see cref="Escalation"/>, <see cref="Delegated"/>,
    /// <see cref="Reassigned"/> or <see cref="Resolved"/>.</summary>
    public required string Kind { get; set; }

    public required string TextBg { get; set; }

    public required string TextEn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>When it was e-mailed to the recipient; null while it waits (or has no address to go to).</summary>
    public DateTimeOffset? EmailedAt { get; set; }

    /// <summary>Failed tries to e-mail it so far; the host gives up after a few.</summary>
    public int EmailAttempts { get; set; }
}
