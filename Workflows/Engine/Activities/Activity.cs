using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Activities;

/// <summary>
/// The behaviour of one activity type. Instances are shared by every workflow and run, so an activity keeps no
/// state of its own: everything it needs comes from the <see cref="ActivityContext"/>.
/// </summary>
public abstract class Activity
{
    public abstract ActivityDescriptor Descriptor { get; }

    public string TypeName => Descriptor.TypeName;

    /// <summary>Runs the activity when the flow reaches it. It completes, blocks on a bookmark, or faults.</summary>
    public abstract ValueTask ExecuteAsync(ActivityContext context);

    /// <summary>
    /// Runs when a stimulus resumes one of this activity's bookmarks, or when its trigger starts the workflow.
    /// By default the stimulus input becomes the <c>Result</c> output and the activity completes with <c>Done</c>.
    /// </summary>
    public virtual ValueTask ResumeAsync(ActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.SetOutput("result", input);
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The stimuli this activity answers to as a trigger (one payload each); empty when it is no trigger.
    /// </summary>
    public virtual IEnumerable<BookmarkPayload> GetTriggerPayloads(TriggerContext context) => [];

    /// <summary>Checks the activity's own rules beyond required inputs (for example a cron expression).</summary>
    public virtual IEnumerable<string> Validate(Definitions.ActivityNode node) => [];

    /// <summary>
    /// Ports this node has beyond the descriptor's fixed ones, read from its constant inputs; null when they are
    /// only known at run time, so connections from this node cannot be checked.
    /// </summary>
    public virtual IEnumerable<string>? GetDynamicPorts(CompiledNode node) => [];

    /// <summary>
    /// Prepares data of the activity's own, once per definition (FlowSwitch compiles its cases here).
    /// </summary>
    public virtual object? Prepare(CompiledNode node, ActivityCompilation compilation) => null;
}
