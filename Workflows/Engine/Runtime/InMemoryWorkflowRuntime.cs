using System.Collections.Concurrent;
using CaseSystem.Workflows.Engine.Activities.Composition;
using CaseSystem.Workflows.Engine.Activities.Events;
using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Runtime;

/// <summary>
/// Runs published definitions in memory: indexes their triggers, keeps instances, and routes stimuli to triggers
/// and bookmarks. It is the engine's reference runtime, used by the command line and by tests; the durable
/// runtime follows the same rules with a database underneath.
/// </summary>
public sealed class InMemoryWorkflowRuntime : IWorkflowInvoker, IDisposable
{
    private readonly WorkflowEngine _engine;
    private readonly ConcurrentDictionary<string, CompiledWorkflow> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _instances = new(StringComparer.Ordinal);
    private readonly Queue<Stimulus> _outbox = new();
    private readonly List<(Stimulus Stimulus, DateTimeOffset Expires)> _waiting = [];
    private readonly Queue<(string InstanceId, CompiledWorkflow Workflow)> _dispatched = new();
    private readonly Dictionary<string, string> _parents = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public InMemoryWorkflowRuntime(WorkflowEngine engine, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(engine);

        _engine = engine;
        Output = output;
    }

    /// <summary>Where WriteLine writes; the engine's standard output when null.</summary>
    public TextWriter? Output { get; }

    /// <summary>How long a stimulus that matched nothing waits for a bookmark to appear.</summary>
    public TimeSpan StimulusTimeToLive { get; init; } = TimeSpan.FromMinutes(1);

    public IReadOnlyCollection<WorkflowInstance> Instances => _instances.Values.Select(e => e.Instance).ToArray();

    /// <summary>The HTTP response the last run of each instance wrote, if any.</summary>
    public HttpResponseData? LastHttpResponse { get; private set; }

    /// <summary>Validates, compiles and publishes a definition, replacing its earlier published version.</summary>
    public CompiledWorkflow Publish(WorkflowDefinition definition)
    {
        var workflow = _engine.Compile(definition);
        definition.IsPublished = true;
        _published[definition.DefinitionId] = workflow;
        return workflow;
    }

    public void Dispose() => _gate.Dispose();

    public WorkflowInstance? FindInstance(string id) => _instances.TryGetValue(id, out var e) ? e.Instance : null;

    public async Task<RunResult> StartAsync(string definitionId, StartOptions? options = null)
    {
        await _gate.WaitAsync();
        try
        {
            var result = await RunStartAsync(Find(definitionId), options);
            await DeliverOutboxAsync();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Starts every published workflow whose trigger matches, then resumes every matching bookmark.</summary>
    public async Task<StimulusResult> StimulateAsync(Stimulus stimulus)
    {
        ArgumentNullException.ThrowIfNull(stimulus);

        await _gate.WaitAsync();
        try
        {
            var result = await DeliverAsync(stimulus, queueIfUnmatched: true);
            await DeliverOutboxAsync();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Completes a task a RunTask activity requested, resuming its workflow with the result.</summary>
    public Task<StimulusResult> CompleteTaskAsync(string taskId, object? result) =>
        StimulateAsync(new Stimulus(RunTask.StimulusName, RunTask.Payload(taskId).ToJsonObject(), result));

    public async Task<RunResult> ResumeAsync(string instanceId, string bookmarkId, object? input = null)
    {
        await _gate.WaitAsync();
        try
        {
            var entry = _instances[instanceId];
            var result = await _engine.Runner.ResumeAsync(entry.Workflow, entry.Instance, bookmarkId, input,
                RunOptions());
            AfterRun(entry, result);
            await DeliverOutboxAsync();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    async ValueTask<WorkflowInstance> IWorkflowInvoker.ExecuteAsync(ChildWorkflowRequest request,
        CancellationToken cancellationToken)
    {
        // Called from inside a run that already holds the gate.
        var result = await RunStartAsync(Find(request.DefinitionId), ChildOptions(request));
        if (!result.Instance.IsFinished)
        {
            _parents[result.Instance.Id] = request.ParentInstanceId;
        }

        return result.Instance;
    }

    ValueTask<string> IWorkflowInvoker.DispatchAsync(ChildWorkflowRequest request, CancellationToken cancellationToken)
    {
        var workflow = Find(request.DefinitionId);
        var options = ChildOptions(request);
        var instance = _engine.Runner.CreatePending(workflow, options);
        _instances[instance.Id] = new Entry(workflow, instance, options);
        _dispatched.Enqueue((instance.Id, workflow));
        if (request.WaitForCompletion)
        {
            _parents[instance.Id] = request.ParentInstanceId;
        }

        return ValueTask.FromResult(instance.Id);
    }

    ValueTask IWorkflowInvoker.PublishAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        _outbox.Enqueue(stimulus);
        return ValueTask.CompletedTask;
    }

    private CompiledWorkflow Find(string definitionId) =>
        _published.TryGetValue(definitionId, out var workflow)
            ? workflow
            : throw new KeyNotFoundException($"No published workflow definition has the id '{definitionId}'.");

    private StartOptions ChildOptions(ChildWorkflowRequest request) => new()
    {
        Input = request.Input,
        CorrelationId = request.CorrelationId,
        Run = RunOptions(),
    };

    private RunOptions RunOptions() => new() { Out = Output, Invoker = this };

    private async Task<RunResult> RunStartAsync(CompiledWorkflow workflow, StartOptions? options)
    {
        options ??= new StartOptions();
        options = new StartOptions
        {
            InstanceId = options.InstanceId,
            CorrelationId = options.CorrelationId,
            Input = options.Input,
            TriggerNodeIndex = options.TriggerNodeIndex,
            TriggerInput = options.TriggerInput,
            Run = RunOptions(),
        };

        var result = await _engine.Runner.StartAsync(workflow, options);
        var entry = new Entry(workflow, result.Instance, options);
        _instances[result.Instance.Id] = entry;
        AfterRun(entry, result);
        return result;
    }

    private async Task<StimulusResult> DeliverAsync(Stimulus stimulus, bool queueIfUnmatched)
    {
        var started = new List<RunResult>();
        var resumed = new List<RunResult>();
        var hash = stimulus.Hash;

        if (stimulus.WorkflowInstanceId is null)
        {
            foreach (var workflow in _published.Values.ToArray())
            {
                foreach (var node in workflow.TriggerNodes)
                {
                    var context = new TriggerContext(workflow, node, _engine.Services);
                    if (node.Activity.GetTriggerPayloads(context).Any(p => p.Hash == hash))
                    {
                        started.Add(await RunStartAsync(workflow, new StartOptions
                        {
                            CorrelationId = stimulus.CorrelationId,
                            TriggerNodeIndex = node.Index,
                            TriggerInput = stimulus.Input,
                        }));
                    }
                }
            }
        }

        foreach (var entry in _instances.Values.ToArray())
        {
            var instance = entry.Instance;
            if (instance.IsFinished
                || (stimulus.WorkflowInstanceId is { } id && id != instance.Id)
                || (stimulus.CorrelationId is { } correlation && correlation != instance.CorrelationId))
            {
                continue;
            }

            foreach (var bookmark in instance.Bookmarks.Where(b => b.Hash == hash).ToArray())
            {
                if (!instance.Bookmarks.Contains(bookmark))
                {
                    continue;
                }

                var result = await _engine.Runner.ResumeAsync(entry.Workflow, instance, bookmark.Id, stimulus.Input,
                    RunOptions());
                resumed.Add(result);
                AfterRun(entry, result);
            }
        }

        var queued = false;
        if (started.Count == 0 && resumed.Count == 0 && queueIfUnmatched)
        {
            _waiting.Add((stimulus, _engine.Services.Time.GetUtcNow() + StimulusTimeToLive));
            queued = true;
        }

        return new StimulusResult(started, resumed, queued);
    }

    private void AfterRun(Entry entry, RunResult result)
    {
        if (result.HttpResponse is not null)
        {
            LastHttpResponse = result.HttpResponse;
        }

        var instance = entry.Instance;
        if (instance.IsFinished && _parents.Remove(instance.Id, out var parentId))
        {
            var payload = ChildWorkflowActivity.CompletedPayload(instance.Id);
            _outbox.Enqueue(new Stimulus(payload.Name, payload.ToJsonObject(), instance.Output)
            {
                WorkflowInstanceId = parentId,
            });
        }

        // A stimulus that arrived before its bookmark existed is delivered as soon as the bookmark appears.
        if (instance.Bookmarks.Count > 0 && _waiting.Count > 0)
        {
            var now = _engine.Services.Time.GetUtcNow();
            _waiting.RemoveAll(w => w.Expires < now);
            foreach (var waiting in _waiting.ToArray())
            {
                if (instance.Bookmarks.Any(b => b.Hash == waiting.Stimulus.Hash))
                {
                    _waiting.Remove(waiting);
                    _outbox.Enqueue(waiting.Stimulus with { WorkflowInstanceId = instance.Id });
                }
            }
        }
    }

    private async Task DeliverOutboxAsync()
    {
        while (_outbox.Count > 0 || _dispatched.Count > 0)
        {
            while (_dispatched.TryDequeue(out var dispatched))
            {
                var entry = _instances[dispatched.InstanceId];
                var result = await _engine.Runner.ContinueAsync(dispatched.Workflow, entry.Instance, RunOptions());
                AfterRun(entry, result);
            }

            if (_outbox.TryDequeue(out var stimulus))
            {
                await DeliverAsync(stimulus, queueIfUnmatched: true);
            }
        }
    }

    private sealed record Entry(CompiledWorkflow Workflow, WorkflowInstance Instance, StartOptions Options);
}

/// <summary>What a stimulus did: instances it started, instances it resumed, or that it waits in the queue.</summary>
public sealed record StimulusResult(IReadOnlyList<RunResult> Started, IReadOnlyList<RunResult> Resumed, bool Queued);
