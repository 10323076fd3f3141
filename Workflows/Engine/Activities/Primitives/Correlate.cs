using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Primitives;

/// <summary>Sets the instance's correlation id, so stimuli for that id find it.</summary>
public sealed class Correlate : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.Correlate",
        Category = "Primitives",
        DisplayName = "Correlate",
        Description = "Sets the correlation id of the workflow instance.",
        Inputs = [Input("correlationId", "String", "Correlation ID", "The correlation id to set.", required: true)],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Instance.CorrelationId = context.Get<string>("correlationId");
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
