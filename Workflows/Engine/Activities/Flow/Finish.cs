using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Activities.Flow;

/// <summary>Finishes the whole workflow instance at once, whatever else is pending or waiting.</summary>
public sealed class Finish : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.Finish",
        Category = "Flow",
        DisplayName = "Finish",
        Description = "Finishes the workflow: all pending work and bookmarks are dropped.",
        Ports = [],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.FinishWorkflow();
        return ValueTask.CompletedTask;
    }
}
