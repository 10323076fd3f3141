namespace CaseSystem.Workflows.Municipal.Registration;

/// <summary>One line of the register of incoming and outgoing documents.</summary>
public sealed class RegisterEntryRecord
{
    public Guid Id { get; set; }

    public required string RegisterCode { get; set; }

    /// <summary>The year of <see cref="Date"/>; sequences start again at 1 each year.</summary>
    public int Year { get; set; }

    public int Sequence { get; set; }

    public required string RegistrationIndex { get; set; }

    public RegisterDirection Direction { get; set; }

    /// <summary>The registration date in the municipality's time zone, as the index shows it.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Who sent an incoming document, or to whom an outgoing one went.</summary>
    public required string Correspondent { get; set; }

    public required string Subject { get; set; }

    public Guid? CaseId { get; set; }

    /// <summary>The document in DocumentStore, when the register entry has one.</summary>
    public Guid? DocumentId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Index, correspondent and subject in lower case (folded in .NET, so Cyrillic too, which SQLite's
    /// <c>lower</c> leaves alone): what the register's text filter searches.
    /// </summary>
    public string SearchText { get; set; } = "";

    public static string Search(string registrationIndex, string correspondent, string subject) =>
        string.Join('\n', registrationIndex, correspondent, subject).ToLowerInvariant();
}
