namespace CaseSystem.Workflows.Runtime.Persistence;

/// <summary>
/// One version of a definition: its JSON, and the flags that say which version is latest and published.
/// </summary>
public sealed class DefinitionRecord
{
    public required string Id { get; set; }

    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    public string? Name { get; set; }

    public bool IsLatest { get; set; }

    public bool IsPublished { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string Json { get; set; }
}

/// <summary>An instance: its state as one JSON document, plus the columns lists filter and sort on.</summary>
public sealed class InstanceRecord
{
    public required string Id { get; set; }

    public required string DefinitionId { get; set; }

    public required string DefinitionVersionId { get; set; }

    public int Version { get; set; }

    public string? Name { get; set; }

    public string? CorrelationId { get; set; }

    public string Status { get; set; } = "";

    public string SubStatus { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int IncidentCount { get; set; }

    /// <summary>
    /// The instance waiting for this one to finish (ExecuteWorkflow, or DispatchWorkflow that waits).
    /// </summary>
    public string? ParentInstanceId { get; set; }

    public required string State { get; set; }

    /// <summary>Incremented by every save; a concurrent save of the same row fails instead of overwriting.</summary>
    public long Revision { get; set; }
}

/// <summary>A bookmark, indexed by hash so a stimulus finds every instance waiting for it.</summary>
public sealed class BookmarkRecord
{
    public required string Id { get; set; }

    public required string InstanceId { get; set; }

    public required string Name { get; set; }

    public required string Hash { get; set; }

    public string? Payload { get; set; }

    public required string ActivityId { get; set; }

    public string? CorrelationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>For a timer: when the stimulus is due.</summary>
    public DateTimeOffset? ResumeAt { get; set; }

    /// <summary>The scheduled job that will resume a timer; null until one is scheduled.</summary>
    public string? JobId { get; set; }
}

/// <summary>A trigger of a published definition version.</summary>
public sealed class TriggerRecord
{
    public required string Id { get; set; }

    public required string DefinitionId { get; set; }

    public required string DefinitionVersionId { get; set; }

    public required string ActivityId { get; set; }

    public required string Name { get; set; }

    public required string Hash { get; set; }

    public string? Payload { get; set; }
}

/// <summary>
/// A stimulus received and not yet fully delivered. It is written before it is processed, so a crash loses none;
/// one that matched nothing waits here until it expires, for a bookmark that appears a moment later.
/// </summary>
public sealed class StimulusRecord
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Hash { get; set; }

    public string? Payload { get; set; }

    public string? Input { get; set; }

    public string? CorrelationId { get; set; }

    public string? InstanceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>True once its triggers have started their instances; it then only waits for bookmarks.</summary>
    public bool TriggersDone { get; set; }
}

/// <summary>
/// The journal entries one run wrote, as a JSON array in one row: a run appends one row however many activities
/// it executed, so the journal costs a run one insert.
/// </summary>
public sealed class JournalBatchRecord
{
    public required string InstanceId { get; set; }

    public long FirstSequence { get; set; }

    public long LastSequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string Entries { get; set; }
}

/// <summary>One activity execution as the journal shows it.</summary>
public sealed record JournalRecord
{
    public required string InstanceId { get; init; }

    public long Sequence { get; init; }

    public required string ActivityId { get; init; }

    public required string ActivityType { get; init; }

    public string? ActivityName { get; init; }

    public long ActivityInstance { get; init; }

    public required string Kind { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    public string? Outcomes { get; init; }

    public string? Message { get; init; }
}

public sealed class IncidentRecord
{
    public long Id { get; set; }

    public required string InstanceId { get; set; }

    public required string ActivityId { get; set; }

    public required string ActivityType { get; set; }

    public required string Message { get; set; }

    public string? Code { get; set; }

    public string? Category { get; set; }

    public string? ExceptionType { get; set; }

    public DateTimeOffset Timestamp { get; set; }
}
