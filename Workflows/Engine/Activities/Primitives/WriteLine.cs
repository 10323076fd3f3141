using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Primitives;

/// <summary>Writes one line of text to the run's standard output.</summary>
public sealed class WriteLine : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.WriteLine",
        Category = "Console",
        DisplayName = "Write Line",
        Description = "Writes a line of text to standard output.",
        Inputs = [Input("text", "String", "Text", "The text to write.")],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Out.WriteLine(context.Get<string>("text"));
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
