using CaseSystem.Workflows.Engine.Activities.Tasks;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Persistence;

namespace CaseSystem.Workflows.Runtime.Instances;

/// <summary>
/// What a run asks of the world beyond its own instance: child workflows to start, events to publish, human tasks
/// opened and closed. They are written in the same transaction as the instance, so a crash can lose neither the
/// run nor its effects.
/// </summary>
internal sealed class RunEffects(WorkflowRunner runner, DefinitionStore definitions, WorkflowDbContext db)
    : IWorkflowInvoker, IHumanTaskBoard, IRunEffectSink
{
    public List<HumanTaskRequest> OpenedTasks { get; } = [];

    public List<HumanTaskClosing> ClosedTasks { get; } = [];

    /// <summary>The human tasks the instance waited on before the run: bookmark id and task id.</summary>
    public IReadOnlyList<(string BookmarkId, string TaskId)> TasksBefore { get; set; } = [];

    /// <summary>The options of a run with these effects.</summary>
    /// <summary>What activities asked of the world beyond the instance, in order (see <see cref="RunEffect"/>).
    /// </summary>
    public List<RunEffect> Effects { get; } = [];

    /// <summary>The options of a run with these effects.</summary>
    public RunOptions Options => new() { Invoker = this, Tasks = this, Effects = this };

    void IRunEffectSink.Add(RunEffect effect) => Effects.Add(effect);

    void IHumanTaskBoard.Opened(HumanTaskRequest task) => OpenedTasks.Add(task);

    void IHumanTaskBoard.Closed(HumanTaskClosing closing) => ClosedTasks.Add(closing);

    public List<(CompiledWorkflow Workflow, WorkflowInstance Instance, string? ParentId)> Children { get; } = [];

    public List<Stimulus> Published { get; } = [];

    // A child always runs after its parent commits, so ExecuteWorkflow suspends its parent until the child ends.
    public async ValueTask<WorkflowInstance> ExecuteAsync(ChildWorkflowRequest request,
        CancellationToken cancellationToken) => await CreateChildAsync(request, cancellationToken);

    public async ValueTask<string> DispatchAsync(ChildWorkflowRequest request, CancellationToken cancellationToken) =>
        (await CreateChildAsync(request, cancellationToken)).Id;

    public ValueTask PublishAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        Published.Add(stimulus);
        return ValueTask.CompletedTask;
    }

    private async Task<WorkflowInstance> CreateChildAsync(ChildWorkflowRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var workflow = await definitions.GetPublishedAsync(db, request.DefinitionId, cancellationToken);
        var child = runner.CreatePending(workflow, new StartOptions
        {
            Input = request.Input,
            CorrelationId = request.CorrelationId,
        });
        Children.Add((workflow, child, request.WaitForCompletion ? request.ParentInstanceId : null));
        return child;
    }
}
