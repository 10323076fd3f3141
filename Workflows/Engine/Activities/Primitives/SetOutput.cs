using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Primitives;

/// <summary>Sets one of the workflow's outputs.</summary>
public sealed class SetOutput : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.SetOutput",
        Category = "Primitives",
        DisplayName = "Set Output",
        Description = "Sets an output of the workflow.",
        Inputs =
        [
            Input("outputName", "String", "Output name", "The workflow output to set.", required: true),
            Input("outputValue", "Object", "Output value", "The value to set.", UIHints.MultiLine),
        ],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Instance.Output[context.Get<string>("outputName")!] = context.Get("outputValue");
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
