using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Activities.Composition;

/// <summary>Queues a child workflow to start after this run; optionally waits until it finishes.</summary>
public sealed class DispatchWorkflow : ChildWorkflowActivity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.DispatchWorkflow",
        Category = "Composition",
        DisplayName = "Dispatch Workflow",
        Description = "Starts another workflow in the background.",
        Kind = ActivityKind.Task,
        IsBlocking = true,
        Inputs = ChildInputs,
        Outputs = ChildOutputs,
    };

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var request = Request(context, waitByDefault: false);
        var childId = await context.Invoker.DispatchAsync(request, context.CancellationToken);
        if (!request.WaitForCompletion)
        {
            context.SetOutput("result", childId);
            context.Complete();
            return;
        }

        context.CreateBookmark(CompletedPayload(childId));
    }
}
