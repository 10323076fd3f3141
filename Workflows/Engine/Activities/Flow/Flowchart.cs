using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Activities.Flow;

/// <summary>A container of activities and connections. The runner gives each run of it a scope of its own.</summary>
public sealed class Flowchart : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.Flowchart",
        Category = "Flow",
        DisplayName = "Flowchart",
        Description = "A set of activities joined by connections; completes when nothing inside is pending.",
    };

    // The runner starts nested flowcharts itself; this only runs if a flowchart was scheduled as a plain step.
    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Complete();
        return ValueTask.CompletedTask;
    }
}
