using CaseSystem.Workflows.Engine.Expressions;

namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>Settings of the engine; the host binds them from configuration.</summary>
public sealed class EngineOptions
{
    public ScriptLimits Scripts { get; set; } = new();

    /// <summary>The join mode of definitions that do not choose one.</summary>
    public JoinMode DefaultJoinMode { get; set; } = JoinMode.Counter;

    /// <summary>
    /// Activity executions one run may take before it is faulted. It stops a flowchart that loops without ever
    /// blocking from holding its host forever.
    /// </summary>
    public int MaxStepsPerRun { get; set; } = 100_000;
}

/// <summary>What a running workflow may call on the world around it: output, time, HTTP, other workflows.</summary>
public sealed class EngineServices
{
    private static readonly Lazy<HttpClient> SharedHttpClient = new(() => new HttpClient());

    public EngineServices(EngineOptions? options = null, TimeProvider? time = null)
    {
        Options = options ?? new EngineOptions();
        Time = time ?? TimeProvider.System;
        JavaScript = new JavaScriptEvaluator(Options.Scripts);
        Liquid = new LiquidEvaluator();
        Expressions = new ExpressionCompiler(JavaScript, Liquid);
    }

    public EngineOptions Options { get; }

    public TimeProvider Time { get; }

    public JavaScriptEvaluator JavaScript { get; }

    public LiquidEvaluator Liquid { get; }

    public ExpressionCompiler Expressions { get; }

    /// <summary>Where <c>Elsa.WriteLine</c> writes when a run names no writer of its own.</summary>
    public TextWriter StandardOut { get; init; } = Console.Out;

    public Func<HttpClient> HttpClient { get; init; } = () => SharedHttpClient.Value;

    /// <summary>Counts the working days of human tasks' deadlines.</summary>
    public IWorkingCalendar Calendar { get; init; } = WeekdayCalendar.Instance;
}

/// <summary>Runs other workflows and publishes events for composition activities; the runtime implements it.</summary>
public interface IWorkflowInvoker
{
    /// <summary>Starts a child workflow now and runs it until it finishes or blocks.</summary>
    ValueTask<WorkflowInstance> ExecuteAsync(ChildWorkflowRequest request, CancellationToken cancellationToken);

    /// <summary>Queues a child workflow to start after the current run; answers with its instance id.</summary>
    ValueTask<string> DispatchAsync(ChildWorkflowRequest request, CancellationToken cancellationToken);

    /// <summary>Sends a stimulus that is delivered once the current run has ended.</summary>
    ValueTask PublishAsync(Stimulus stimulus, CancellationToken cancellationToken);
}

public sealed record ChildWorkflowRequest(
    string DefinitionId,
    IReadOnlyDictionary<string, object?> Input,
    string? CorrelationId,
    string ParentInstanceId,
    bool WaitForCompletion);
