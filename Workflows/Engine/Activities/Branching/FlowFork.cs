using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Branching;

/// <summary>Splits the flow into branches, one port each, all followed.</summary>
public sealed class FlowFork : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.FlowFork",
        Category = "Branching",
        DisplayName = "Fork",
        Description = "Follows every branch at once.",
        Inputs = [Input("branches", "String[]", "Branches", "The names of the branches; each is a port.",
            UIHints.MultiText)],
        Ports = [],
        DynamicPortsInput = "branches",
    };

    public override IEnumerable<string>? GetDynamicPorts(CompiledNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        return node.ConstantInput("branches", out var branches) ? branches as List<string> ?? [] : null;
    }

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Complete(context.Get<List<string>>("branches") ?? []);
        return ValueTask.CompletedTask;
    }
}
