using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Activities;

/// <summary>Stands in for a type the engine does not know; validation refuses it, so it never runs.</summary>
internal sealed class UnknownActivity : Activity
{
    public static UnknownActivity Instance { get; } = new();

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "CaseSystem.Unknown",
        Category = "Unknown",
        DisplayName = "Unknown activity",
        Description = "An activity type this engine does not run, kept so that nothing is lost.",
        Ports = [],
    };

    public override IEnumerable<string>? GetDynamicPorts(CompiledNode node) => null;

    public override ValueTask ExecuteAsync(ActivityContext context) =>
        throw new WorkflowFaultException($"The activity type '{context.Node.Node.Type}' is not known to this engine.");
}
