namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>How to start an instance.</summary>
public sealed class StartOptions
{
    public string? InstanceId { get; init; }

    public string? CorrelationId { get; init; }

    public IReadOnlyDictionary<string, object?>? Input { get; init; }

    /// <summary>The trigger that started this run, and what its stimulus carried.</summary>
    public int? TriggerNodeIndex { get; init; }

    public object? TriggerInput { get; init; }

    public RunOptions Run { get; init; } = RunOptions.Default;
}

/// <summary>Per-run settings: where lines go, and who runs child workflows.</summary>
public sealed class RunOptions
{
    public static RunOptions Default { get; } = new();

    public TextWriter? Out { get; init; }

    public IWorkflowInvoker? Invoker { get; init; }

    /// <summary>Told of every human task the run opens and closes; null when nobody keeps a task list.</summary>
    public Activities.Tasks.IHumanTaskBoard? Tasks { get; init; }

    /// <summary>Takes the effects activities ask for; null when nothing would carry them out.</summary>
    public IRunEffectSink? Effects { get; init; }

    public JoinMode? JoinMode { get; init; }

    public CancellationToken CancellationToken { get; init; }
}

/// <summary>An HTTP answer a workflow wrote with <c>Elsa.WriteHttpResponse</c>; the host sends it.</summary>
public sealed record HttpResponseData(
    int StatusCode,
    string? ContentType,
    string? Body,
    IReadOnlyDictionary<string, string> Headers);

/// <summary>The request an HTTP stimulus carries to <c>Elsa.HttpEndpoint</c>.</summary>
public sealed record HttpRequestData(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    string? ContentType);

/// <summary>What one run did: the instance as it now stands, and effects for the host to carry out.</summary>
public sealed class RunResult(WorkflowInstance instance)
{
    public WorkflowInstance Instance { get; } = instance;

    public HttpResponseData? HttpResponse { get; internal set; }

    public bool IsSuspended => Instance.SubStatus == WorkflowSubStatus.Suspended;

    public bool IsFaulted => Instance.SubStatus == WorkflowSubStatus.Faulted;

    public bool IsFinished => Instance.SubStatus == WorkflowSubStatus.Finished;
}
