using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Activities.Flow;

/// <summary>Marks where a flowchart begins.</summary>
public sealed class Start : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.Start",
        Category = "Flow",
        DisplayName = "Start",
        Description = "Where the flowchart begins.",
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Complete();
        return ValueTask.CompletedTask;
    }
}
