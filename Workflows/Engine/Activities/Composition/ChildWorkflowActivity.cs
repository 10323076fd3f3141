using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Composition;

/// <summary>
/// What ExecuteWorkflow and DispatchWorkflow share. A parent that waits for its child leaves a bookmark the runtime
/// resumes, with the child's output, when the child finishes.
/// </summary>
public abstract class ChildWorkflowActivity : Activity
{
    /// <summary>The stimulus a finished child sends its waiting parent.</summary>
    public const string CompletedStimulusName = "Elsa.ExecuteWorkflow";

    protected static IReadOnlyList<InputDescriptor> ChildInputs { get; } =
    [
        Input("workflowDefinitionId", "String", "Workflow", "The definition to run.",
            UIHints.WorkflowDefinitionPicker, required: true),
        Input("input", "ObjectMap", "Input", "The child workflow's input.", UIHints.JsonEditor),
        Input("correlationId", "String", "Correlation ID", "The child's correlation id."),
        Input("waitForCompletion", "Boolean", "Wait for completion", "Continue only when the child has finished.",
            UIHints.Checkbox),
    ];

    protected static IReadOnlyList<OutputDescriptor> ChildOutputs { get; } =
        [Output("result", "Object", "Result", "The child's output when waited for; otherwise its instance id.")];

    public static BookmarkPayload CompletedPayload(string childInstanceId) =>
        new(CompletedStimulusName, new JsonObject { ["childInstanceId"] = childInstanceId });

    protected static ChildWorkflowRequest Request(ActivityContext context, bool waitByDefault)
    {
        ArgumentNullException.ThrowIfNull(context);

        return new ChildWorkflowRequest(
            context.Get<string>("workflowDefinitionId")!,
            context.Get<Dictionary<string, object?>>("input") ?? [],
            context.Get<string>("correlationId"),
            context.Instance.Id,
            context.HasInput("waitForCompletion") ? context.Get<bool>("waitForCompletion") : waitByDefault);
    }

    public override ValueTask ResumeAsync(ActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.SetOutput("result", input);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
