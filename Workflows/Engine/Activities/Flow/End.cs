using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Activities.Flow;

/// <summary>
/// Ends the flowchart it is in: pending work in that flowchart is cancelled and the flowchart completes.
/// </summary>
public sealed class End : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.End",
        Category = "Flow",
        DisplayName = "End",
        Description = "Completes the flowchart it is in, cancelling the flowchart's other pending work.",
        Ports = [],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.CompleteFlowchart();
        return ValueTask.CompletedTask;
    }
}
