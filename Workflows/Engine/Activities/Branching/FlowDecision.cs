using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Branching;

/// <summary>Follows True or False as its condition says.</summary>
public sealed class FlowDecision : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.FlowDecision",
        Category = "Branching",
        DisplayName = "Decision",
        Description = "Evaluates a condition and follows True or False.",
        Inputs = [Input("condition", "Boolean", "Condition", "The condition to evaluate.", required: true)],
        Ports = ["True", "False"],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Complete(context.Get<bool>("condition") ? "True" : "False");
        return ValueTask.CompletedTask;
    }
}
