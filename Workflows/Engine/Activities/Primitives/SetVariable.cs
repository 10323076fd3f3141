using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Primitives;

/// <summary>Sets a variable. The variable is written as an object (<c>{ id, name }</c>) beside the inputs.</summary>
public sealed class SetVariable : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.SetVariable",
        Category = "Primitives",
        DisplayName = "Set Variable",
        Description = "Assigns a value to a workflow variable.",
        Inputs =
        [
            Input("variable", "Object", "Variable", "The variable to set.", UIHints.VariablePicker),
            Input("value", "Object", "Value", "The value to assign.", UIHints.MultiLine),
        ],
    };

    public override object? Prepare(CompiledNode node, ActivityCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(compilation);

        // Elsa writes the variable itself beside the inputs; an input holding a Variable expression also works.
        var written = node.Node.Extra["variable"]
            ?? (node.Node.Inputs.GetValueOrDefault("variable")?.Expression?.Value);
        var reference = written switch
        {
            JsonObject o => (o["id"] ?? o["name"])?.GetValue<string>(),
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => null,
        };

        var slot = reference is null ? -1 : compilation.FindVariable(reference);
        if (slot < 0)
        {
            compilation.AddError("variable", reference is null
                ? "choose the variable to set."
                : $"the variable '{reference}' is not declared by the workflow; declare it or choose another.");
        }

        return slot;
    }

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.SetVariable((int)context.Node.Prepared!, context.Get("value"));
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
