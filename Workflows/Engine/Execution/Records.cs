namespace CaseSystem.Workflows.Engine.Execution;

public enum WorkflowStatus
{
    Running,
    Finished,
}

public enum WorkflowSubStatus
{
    Pending,
    Executing,
    Suspended,
    Finished,
    Cancelled,
    Faulted,
}

public enum JournalEventKind
{
    Started,
    Completed,
    Suspended,
    Resumed,
    Faulted,
    Cancelled,
}

/// <summary>One activity execution, appended to the instance's journal.</summary>
public readonly record struct JournalEntry(
    long Sequence,
    string ActivityId,
    string ActivityType,
    string? ActivityName,
    long ActivityInstance,
    JournalEventKind Kind,
    DateTimeOffset Timestamp,
    IReadOnlyList<string>? Outcomes = null,
    string? Message = null);

/// <summary>A faulted activity: what went wrong, and where to retry from.</summary>
public sealed record Incident
{
    public required string ActivityId { get; init; }

    public required string ActivityType { get; init; }

    public required long ActivityInstance { get; init; }

    public required int NodeIndex { get; init; }

    public required int ScopeId { get; init; }

    public required string Message { get; init; }

    public string? ExceptionType { get; init; }

    public string? Code { get; init; }

    public string? Category { get; init; }

    public DateTimeOffset Timestamp { get; init; }
}

/// <summary>An activity asked the workflow to fault (the Fault activity, or a script over its limits).</summary>
public sealed class WorkflowFaultException : Exception
{
    public WorkflowFaultException()
    {
    }

    public WorkflowFaultException(string message)
        : base(message)
    {
    }

    public WorkflowFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Code { get; init; }

    public string? Category { get; init; }
}
