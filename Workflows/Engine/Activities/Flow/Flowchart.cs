using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;

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

    /// <summary>
    /// A nested flowchart also completes with the outcomes of its Complete activities. They are known only when each
    /// is written as a constant list; otherwise the ports are left unchecked (null).
    /// </summary>
    public override IEnumerable<string>? GetDynamicPorts(CompiledNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        var ports = new List<string>();
        foreach (var complete in node.Node.Activities.Where(a => a.Type == "Elsa.Complete"))
        {
            var expression = complete.Inputs.GetValueOrDefault("outcomes")?.Expression;
            if (expression is null)
            {
                continue;
            }

            try
            {
                var value = expression.Kind.ToUpperInvariant() switch
                {
                    "LITERAL" => ValueConverter.FromJson(expression.Value),
                    "OBJECT" => ValueConverter.FromJson(JsonNode.Parse(expression.ValueAsString ?? "null")),
                    _ => throw new FormatException("The outcomes are known only at run time."),
                };
                ports.AddRange(ValueConverter.Convert<List<string>>(value) ?? []);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or System.Text.Json.JsonException)
            {
                return null;
            }
        }

        return ports;
    }

    // The runner starts nested flowcharts itself; this only runs if a flowchart was scheduled as a plain step.
    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Complete();
        return ValueTask.CompletedTask;
    }
}
