using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Flow;

/// <summary>Completes the flowchart it is in with the given outcomes, which the parent then follows.</summary>
public sealed class Complete : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.Complete",
        Category = "Flow",
        DisplayName = "Complete",
        Description = "Completes the containing flowchart (or workflow) with one or more outcomes.",
        Inputs = [Input("outcomes", "String[]", "Outcomes", "The outcomes to complete with.", UIHints.OutcomePicker)],
        Ports = [],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.CompleteFlowchart(context.Get<List<string>>("outcomes"));
        return ValueTask.CompletedTask;
    }
}
