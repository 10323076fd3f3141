using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Primitives;

/// <summary>Names the workflow instance, for lists and search.</summary>
public sealed class SetName : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.SetName",
        Category = "Primitives",
        DisplayName = "Set Name",
        Description = "Sets the name of the workflow instance.",
        Inputs = [Input("value", "String", "Value", "The name to give the instance.", required: true)],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Instance.Name = context.Get<string>("value");
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
