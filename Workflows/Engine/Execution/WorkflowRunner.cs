namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// Runs compiled workflows in memory: starts instances, resumes bookmarks, continues queued work. A run goes
/// until the instance finishes, faults or blocks; saving the instance afterwards is the caller's business.
/// </summary>
public sealed class WorkflowRunner(EngineServices services)
{
    public EngineServices Services { get; } = services;

    /// <summary>A new instance with its variables at their initial values; nothing has run yet.</summary>
    public WorkflowInstance CreateInstance(CompiledWorkflow workflow, StartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);

        options ??= new StartOptions();
        var now = Services.Time.GetUtcNow();
        var variables = new object?[workflow.Variables.Length];
        foreach (var slot in workflow.Variables)
        {
            variables[slot.Index] = slot.CreateInitialValue();
        }

        var definition = workflow.Definition;
        var instance = new WorkflowInstance
        {
            Id = options.InstanceId ?? Ids.New(),
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            Version = definition.Version,
            Name = definition.Name,
            CorrelationId = options.CorrelationId,
            CreatedAt = now,
            UpdatedAt = now,
            Variables = variables,
        };

        if (options.Input is not null)
        {
            foreach (var (key, value) in options.Input)
            {
                instance.Input[key] = value;
            }
        }

        instance.Scopes.Add(new ScopeState { Id = 0, FlowchartIndex = 0 });
        return instance;
    }

    /// <summary>
    /// A new instance with its start activity queued, to be run later by <see cref="ContinueAsync"/>.
    /// </summary>
    public WorkflowInstance CreatePending(CompiledWorkflow workflow, StartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);

        var instance = CreateInstance(workflow, options);
        if (workflow.Flowcharts[0].StartNodeIndex is var start and >= 0)
        {
            instance.Scheduled.Enqueue(new WorkItem(start, 0));
            instance.Scopes[0].Queued++;
        }

        return instance;
    }

    /// <summary>Starts a new instance: from its trigger when one fired, otherwise from the start activity.</summary>
    public async ValueTask<RunResult> StartAsync(CompiledWorkflow workflow, StartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);

        options ??= new StartOptions();
        var instance = CreateInstance(workflow, options);
        var run = new FlowchartRun(workflow, instance, Services, options.Run);
        var root = instance.Scopes[0];

        if (options.TriggerNodeIndex is { } trigger)
        {
            await run.ResumeNodeAsync(trigger, root, options.TriggerInput, instance.NextActivityInstance++);
        }
        else if (workflow.Flowcharts[0].StartNodeIndex is var start and >= 0)
        {
            run.Enqueue(start, root);
        }

        run.CheckDrained(root);
        await run.DrainAsync();
        return run.End();
    }

    /// <summary>Resumes one bookmark of a suspended instance with what the stimulus carried.</summary>
    public async ValueTask<RunResult> ResumeAsync(CompiledWorkflow workflow, WorkflowInstance instance,
        string bookmarkId, object? input, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(instance);

        var bookmark = instance.Bookmarks.Find(b => b.Id == bookmarkId)
            ?? throw new InvalidOperationException($"Instance {instance.Id} has no bookmark {bookmarkId}.");

        var run = new FlowchartRun(workflow, instance, Services, options ?? RunOptions.Default);
        var scope = instance.Scopes[bookmark.ScopeId];

        // Every bookmark of that activity execution goes: an HTTP endpoint waiting on GET and POST resumes once.
        instance.Bookmarks.RemoveAll(b => b.ActivityInstanceId == bookmark.ActivityInstanceId);
        scope.Blocked--;

        await run.ResumeNodeAsync(bookmark.NodeIndex, scope, input, ParseActivityInstance(bookmark));
        run.CheckDrained(scope);
        await run.DrainAsync();
        return run.End();
    }

    /// <summary>Runs whatever the instance has queued, for example after a retry or when a host picks it up.</summary>
    public async ValueTask<RunResult> ContinueAsync(CompiledWorkflow workflow, WorkflowInstance instance,
        RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(instance);

        var run = new FlowchartRun(workflow, instance, Services, options ?? RunOptions.Default);
        await run.DrainAsync();
        return run.End();
    }

    /// <summary>Schedules the faulted activity of an incident again and runs on.</summary>
    public ValueTask<RunResult> RetryAsync(CompiledWorkflow workflow, WorkflowInstance instance, Incident incident,
        RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(incident);

        if (instance.SubStatus != WorkflowSubStatus.Faulted)
        {
            throw new InvalidOperationException(
                $"Instance {instance.Id} is not faulted; only a faulted one is retried.");
        }

        instance.Incidents.Remove(incident);
        instance.Status = WorkflowStatus.Running;
        instance.SubStatus = WorkflowSubStatus.Executing;
        instance.FinishedAt = null;
        var scope = instance.Scopes[incident.ScopeId];
        instance.Scheduled.Enqueue(new WorkItem(incident.NodeIndex, scope.Id));
        scope.Queued++;
        return ContinueAsync(workflow, instance, options);
    }

    /// <summary>Cancels an instance that has not finished: its pending work and bookmarks are dropped.</summary>
    public bool Cancel(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);

        if (instance.IsFinished)
        {
            return false;
        }

        instance.Scheduled.Clear();
        instance.Bookmarks.Clear();
        foreach (var scope in instance.Scopes)
        {
            scope.IsCompleted = true;
            scope.Queued = scope.Blocked = scope.ActiveChildren = 0;
        }

        var now = Services.Time.GetUtcNow();
        instance.Status = WorkflowStatus.Finished;
        instance.SubStatus = WorkflowSubStatus.Cancelled;
        instance.UpdatedAt = now;
        instance.FinishedAt = now;
        return true;
    }

    private static long ParseActivityInstance(Bookmark bookmark)
    {
        var id = bookmark.ActivityInstanceId;
        var colon = id.LastIndexOf(':');
        return long.Parse(id.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture);
    }
}
