using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Activities.Composition;

/// <summary>Runs a child workflow now; waits for it when it blocks and <c>waitForCompletion</c> is set.</summary>
public sealed class ExecuteWorkflow : ChildWorkflowActivity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.ExecuteWorkflow",
        Category = "Composition",
        DisplayName = "Execute Workflow",
        Description = "Runs another workflow and continues with its output.",
        Kind = ActivityKind.Task,
        IsBlocking = true,
        Inputs = ChildInputs,
        Outputs = ChildOutputs,
    };

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var request = Request(context, waitByDefault: true);
        var child = await context.Invoker.ExecuteAsync(request, context.CancellationToken);
        if (child.IsFinished || !request.WaitForCompletion)
        {
            context.SetOutput("result", child.IsFinished ? child.Output : child.Id);
            context.Complete();
            return;
        }

        context.CreateBookmark(CompletedPayload(child.Id));
    }
}
