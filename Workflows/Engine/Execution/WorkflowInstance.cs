namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// One run of one definition version. Its whole state lives here, so a host can save it after a run and any
/// host can load it and carry on: variables, pending work, flowchart scopes with their join tokens, bookmarks,
/// incidents and the journal of this run.
/// </summary>
public sealed class WorkflowInstance
{
    private List<Bookmark>? _bookmarks;

    public required string Id { get; init; }

    public required string DefinitionId { get; init; }

    public required string DefinitionVersionId { get; init; }

    public int Version { get; init; }

    public string? Name { get; set; }

    public string? CorrelationId { get; set; }

    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;

    public WorkflowSubStatus SubStatus { get; set; } = WorkflowSubStatus.Pending;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    // Most instances never use some of these collections; each is created when first asked for, so a short
    // run allocates only what it needs.
    public Dictionary<string, object?> Input
    {
        get => field ??= new(StringComparer.Ordinal);
        init;
    }

    public Dictionary<string, object?> Output => field ??= new(StringComparer.Ordinal);

    /// <summary>The outcomes a Complete activity gave the root flowchart.</summary>
    public List<string> Outcomes => field ??= [];

    /// <summary>Variable values by slot (see <see cref="CompiledWorkflow.Variables"/>).</summary>
    public required object?[] Variables { get; init; }

    public Queue<WorkItem> Scheduled { get; } = new();

    public List<ScopeState> Scopes { get; } = [];

    public List<Bookmark> Bookmarks => _bookmarks ??= [];

    public List<Incident> Incidents => field ??= [];

    /// <summary>Journal entries not yet saved; a store drains it when it commits the instance.</summary>
    public List<JournalEntry> Journal { get; } = [];

    /// <summary>Outputs of executed activities by node index, for <c>getXFromY()</c> and the instance viewer.</summary>
    public Dictionary<int, Dictionary<string, object?>> ActivityOutputs => field ??= [];

    public object? LastResult { get; set; }

    public long NextActivityInstance { get; set; } = 1;

    public long NextJournalSequence { get; set; } = 1;

    public bool IsFinished => Status == WorkflowStatus.Finished;

    /// <summary>True when the instance waits on at least one bookmark (without creating the list).</summary>
    public bool HasBookmarks => _bookmarks is { Count: > 0 };
}

/// <summary>An activity waiting in the scheduler's queue, inside a flowchart scope.</summary>
public readonly record struct WorkItem(int NodeIndex, int ScopeId);

/// <summary>
/// The execution of one flowchart (the root, or a nested one). It counts the work still pending inside it and
/// holds the tokens waiting at its joins, so it knows when it is done.
/// </summary>
public sealed class ScopeState
{
    public required int Id { get; init; }

    public required int FlowchartIndex { get; init; }

    /// <summary>The scope that holds the nested flowchart node; -1 for the root.</summary>
    public int ParentScopeId { get; init; } = -1;

    /// <summary>The nested flowchart node in the parent scope; -1 for the root.</summary>
    public int OwnerNodeIndex { get; init; } = -1;

    public long OwnerActivityInstance { get; init; }

    public int Queued { get; set; }

    /// <summary>Activity executions of this scope waiting on bookmarks.</summary>
    public int Blocked { get; set; }

    public int ActiveChildren { get; set; }

    public bool IsCompleted { get; set; }

    /// <summary>Tokens waiting at joins, by connection index; null until a join first receives one.</summary>
    public Dictionary<int, int>? JoinTokens { get; set; }

    public bool HasPendingWork => Queued > 0 || Blocked > 0 || ActiveChildren > 0;
}
