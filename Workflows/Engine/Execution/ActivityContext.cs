using System.Globalization;
using CaseSystem.Workflows.Engine.Expressions;

namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// What an activity sees while it runs: its inputs, the instance's variables, and the ways it can end: complete
/// with outcomes, block on bookmarks, or fault by throwing. The runner reuses one context for every step of a run.
/// </summary>
public sealed class ActivityContext
{
    private static readonly string[] DoneOutcome = ["Done"];

    private List<string>? _scriptOutcomes;

    internal ActivityContext(CompiledWorkflow workflow, WorkflowInstance instance, EngineServices services,
        RunOptions options, RunResult result)
    {
        Workflow = workflow;
        Instance = instance;
        Services = services;
        Options = options;
        Result = result;
        Node = null!;
    }

    public CompiledWorkflow Workflow { get; }

    public WorkflowInstance Instance { get; }

    public EngineServices Services { get; }

    public RunOptions Options { get; }

    internal RunResult Result { get; }

    public CompiledNode Node { get; private set; }

    public int ScopeId { get; private set; }

    /// <summary>This execution's number within the instance.</summary>
    public long ActivityInstance { get; private set; }

    public string ActivityInstanceId =>
        string.Create(CultureInfo.InvariantCulture, $"{Instance.Id}:{ActivityInstance}");

    public CancellationToken CancellationToken => Options.CancellationToken;

    public TextWriter Out => Options.Out ?? Services.StandardOut;

    public DateTimeOffset Now => Services.Time.GetUtcNow();

    internal bool IsCompleted { get; private set; }

    internal IReadOnlyList<string> Outcomes { get; private set; } = DoneOutcome;

    internal int BookmarksCreated { get; private set; }

    internal bool EndsFlowchart { get; private set; }

    internal bool FinishesWorkflow { get; private set; }

    /// <summary>Outcomes a RunJavaScript script chose with <c>setOutcome()</c>.</summary>
    internal List<string> ScriptOutcomes => _scriptOutcomes ??= [];

    internal void Begin(CompiledNode node, int scopeId, long activityInstance)
    {
        Node = node;
        ScopeId = scopeId;
        ActivityInstance = activityInstance;
        IsCompleted = false;
        Outcomes = DoneOutcome;
        BookmarksCreated = 0;
        EndsFlowchart = false;
        FinishesWorkflow = false;
        _scriptOutcomes?.Clear();
    }

    public bool HasInput(string name) => Node.Inputs.ContainsKey(name);

    /// <summary>
    /// Evaluates an input and converts it to <typeparamref name="T"/>; default when the input is absent.
    /// </summary>
    public T? Get<T>(string name) => Node.Inputs.TryGetValue(name, out var input)
        ? ValueConverter.Convert<T>(input.Evaluate(this))
        : default;

    /// <summary>Evaluates an input as its descriptor's type.</summary>
    public object? Get(string name) => Node.Inputs.TryGetValue(name, out var input) ? input.Evaluate(this) : null;

    public object? Evaluate(CompiledInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        return input.Evaluate(this);
    }

    /// <summary>Sets an output: it is kept for later activities and written to its bound variable, if any.</summary>
    public void SetOutput(string name, object? value)
    {
        if (!Instance.ActivityOutputs.TryGetValue(Node.Index, out var outputs))
        {
            outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
            Instance.ActivityOutputs[Node.Index] = outputs;
        }

        outputs[name] = value;
        Instance.LastResult = value;

        if (Node.OutputBindings.TryGetValue(name, out var slot))
        {
            SetVariable(slot, value);
        }
    }

    public object? GetVariable(string name) =>
        Workflow.VariableIndex.TryGetValue(name, out var slot) ? Instance.Variables[slot] : null;

    public void SetVariable(string name, object? value)
    {
        if (!Workflow.VariableIndex.TryGetValue(name, out var slot))
        {
            throw new WorkflowFaultException($"The workflow has no variable named '{name}'.");
        }

        SetVariable(slot, value);
    }

    /// <summary>Sets a variable, converting the value to the variable's declared type.</summary>
    public void SetVariable(int slot, object? value)
    {
        var variable = Workflow.Variables[slot];
        try
        {
            Instance.Variables[slot] = ValueConverter.Convert(value, variable.Type);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new WorkflowFaultException(
                $"The value '{ValueConverter.ToText(value)}' cannot be stored in variable '{variable.Name}' " +
                $"of type {variable.Type.Name}.", e);
        }
    }

    public object? GetOutputFrom(string activityIdOrName, string outputName)
    {
        foreach (var node in Workflow.Nodes)
        {
            if (node.Id == activityIdOrName || node.Node.Name == activityIdOrName)
            {
                return Instance.ActivityOutputs.GetValueOrDefault(node.Index)?.GetValueOrDefault(outputName);
            }
        }

        return null;
    }

    public void Complete() => Complete(DoneOutcome);

    public void Complete(string outcome) => Complete([outcome]);

    public void Complete(IReadOnlyList<string> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);

        IsCompleted = true;
        Outcomes = outcomes;
    }

    /// <summary>Suspends this activity until a stimulus matching <paramref name="payload"/> arrives.</summary>
    /// <param name="payload">The stimulus name and payload.</param>
    /// <param name="includeActivityInstanceId">
    /// Makes the hash unique to this execution; such a bookmark is resumed by its id, not by a matching stimulus.
    /// </param>
    /// <param name="resumeAt">For timers: when the stimulus is due.</param>
    public Bookmark CreateBookmark(BookmarkPayload payload, bool includeActivityInstanceId = false,
        DateTimeOffset? resumeAt = null)
    {
        ArgumentNullException.ThrowIfNull(payload);

        var activityInstanceId = ActivityInstanceId;
        var bookmark = new Bookmark
        {
            Id = Ids.New(),
            Name = payload.Name,
            Hash = BookmarkHash.Compute(payload.Name, payload.Json,
                includeActivityInstanceId ? activityInstanceId : null),
            Payload = payload.Json,
            ActivityId = Node.Id,
            ActivityInstanceId = activityInstanceId,
            NodeIndex = Node.Index,
            ScopeId = ScopeId,
            CreatedAt = Now,
            ResumeAt = resumeAt,
        };

        Instance.Bookmarks.Add(bookmark);
        BookmarksCreated++;
        return bookmark;
    }

    /// <summary>
    /// Completes the flowchart this activity is in (End, Complete), cancelling its other pending work.
    /// </summary>
    public void CompleteFlowchart(IReadOnlyList<string>? outcomes = null)
    {
        IsCompleted = true;
        EndsFlowchart = true;
        Outcomes = outcomes is { Count: > 0 } ? outcomes : DoneOutcome;
    }

    /// <summary>Finishes the whole instance (Finish), cancelling all pending work and bookmarks.</summary>
    public void FinishWorkflow()
    {
        IsCompleted = true;
        FinishesWorkflow = true;
    }

    public void WriteHttpResponse(HttpResponseData response) => Result.HttpResponse = response;

    /// <summary>Asks for an effect, carried out in the transaction that commits this run.</summary>
    /// <exception cref="WorkflowFaultException">The run has nobody to carry it out (no durable runtime).</exception>
    public void AddEffect(RunEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);

        var sink = Options.Effects ?? throw new WorkflowFaultException(
            $"{Node.Node.Type} needs the workflow runtime of the case system; this run has none.");
        sink.Add(effect);
    }

    public IWorkflowInvoker Invoker => Options.Invoker ?? throw new WorkflowFaultException(
        $"{Node.Node.Type} needs the workflow runtime to run other workflows; this run has none.");
}
