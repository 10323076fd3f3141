using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;
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

        // A constant value of a number, flag or text is converted to the variable's type once, here.
        if (slot >= 0 && node.ConstantInput("value", out var value) && value is not null
            && compilation.Variable(slot).Type is var type && (type.IsValueType || type == typeof(string)))
        {
            try
            {
                return new Plan(slot, IsConstant: true, ValueConverter.Convert(value, type));
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                compilation.AddError("value", $"'{value}' is not a valid {type.Name} for variable '{reference}'.");
            }
        }

        return new Plan(slot, IsConstant: false, null);
    }

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var plan = (Plan)context.Node.Prepared!;
        if (plan.IsConstant)
        {
            context.Instance.Variables[plan.Slot] = plan.Value;
        }
        else
        {
            context.SetVariable(plan.Slot, context.Get("value"));
        }

        context.Complete();
        return ValueTask.CompletedTask;
    }

    private sealed record Plan(int Slot, bool IsConstant, object? Value);
}
