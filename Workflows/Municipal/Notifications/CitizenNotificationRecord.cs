namespace CaseSystem.Workflows.Municipal.Notifications;

/// <summary>
/// A message for a citizen about their case (or one they follow), written in the same transaction as what it
/// tells, and sent later by the host (<see cref="CitizenOutbox"/>): so none is lost when a run commits, and none
/// is sent for one that rolled back. Both languages are kept; the sender picks <see cref="Language"/>.
/// </summary>
public sealed class CitizenNotificationRecord
{
    public const string Status = "status";
    public const string Extension = "extension";
    public const string Decision = "decision";
    public const string Following = "following";

    public long Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary><see cref="Status"/>, <see cref="Extension"/>, <see cref="Decision"/> or <see cref="Following"/>.
    /// </summary>
    public required string Kind { get; set; }

    /// <summary>The citizen's portal account, when they have one.</summary>
    public string? AccountId { get; set; }

    /// <summary>Where to e-mail it; null when only the portal shows it.</summary>
    public string? Email { get; set; }

    /// <summary>True when it goes to a follower, not the sender.</summary>
    public bool ToFollower { get; set; }

    public string Language { get; set; } = "bg";

    public required string SubjectBg { get; set; }

    public required string SubjectEn { get; set; }

    public required string TextBg { get; set; }

    public required string TextEn { get; set; }

    /// <summary>A document that goes with it: the response letter.</summary>
    public Guid? DocumentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public string Subject => Language == "en" ? SubjectEn : SubjectBg;

    public string Text => Language == "en" ? TextEn : TextBg;
}
