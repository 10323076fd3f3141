namespace CaseSystem.DocumentStore.Documents;

/// <summary>A document of a case; its content lives in its versions, each an object in the store.</summary>
public sealed class DocumentRecord
{
    public Guid Id { get; set; }

    /// <summary>The owning case, as the caller names it; DocumentStore knows nothing of cases beyond this.</summary>
    public required string CaseId { get; set; }

    public required string Name { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public string? DeletedBy { get; set; }

    /// <summary>While set, the document cannot be deleted.</summary>
    public string? LegalHoldReason { get; set; }

    public List<DocumentVersionRecord> Versions { get; } = [];
}

/// <summary>One version: what was uploaded, by whom and when, and where its content is (hash and size).</summary>
public sealed class DocumentVersionRecord
{
    public Guid DocumentId { get; set; }

    /// <summary>1 for the first version, then each next one.</summary>
    public int Number { get; set; }

    public required string FileName { get; set; }

    public required string MediaType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required string Author { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}
