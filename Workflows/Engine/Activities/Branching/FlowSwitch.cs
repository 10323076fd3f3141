using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Branching;

/// <summary>
/// Evaluates labelled conditions and follows the port of the first that holds (MatchFirst) or of every one that
/// holds (MatchAny); Default when none does. Cases are written as <c>cases: [{ label, condition }]</c>.
/// </summary>
public sealed class FlowSwitch : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.FlowSwitch",
        Category = "Branching",
        DisplayName = "Switch",
        Description = "Follows the ports of the cases whose conditions hold, or Default.",
        Inputs =
        [
            Input("cases", "Object", "Cases", "Labelled conditions; each label is a port.", UIHints.SwitchEditor),
            Input("mode", "String", "Mode", "MatchFirst follows the first case that holds, MatchAny every one.",
                UIHints.Dropdown, defaultValue: "MatchFirst", options: ["MatchFirst", "MatchAny"]),
        ],
        Ports = ["Default"],
        DynamicPortsInput = "cases",
    };

    public override IEnumerable<string>? GetDynamicPorts(CompiledNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        return ReadCases(node.Node).Select(c => c.Label);
    }

    public override object? Prepare(CompiledNode node, ActivityCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(compilation);

        var cases = new List<(string Label, CompiledInput Condition)>();
        foreach (var (label, condition) in ReadCases(node.Node))
        {
            if (condition is null)
            {
                compilation.AddError("cases", $"case '{label}' has no condition; give it one.");
                continue;
            }

            if (compilation.Compile(condition, typeof(bool), $"cases[{label}]") is { } compiled)
            {
                cases.Add((label, compiled));
            }
        }

        return cases.ToArray();
    }

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var matchAny = string.Equals(context.Get<string>("mode"), "MatchAny", StringComparison.OrdinalIgnoreCase);
        var matched = new List<string>();
        foreach (var (label, condition) in (ValueTuple<string, CompiledInput>[])context.Node.Prepared!)
        {
            if (context.Evaluate(condition) is true)
            {
                matched.Add(label);
                if (!matchAny)
                {
                    break;
                }
            }
        }

        context.Complete(matched.Count > 0 ? matched : ["Default"]);
        return ValueTask.CompletedTask;
    }

    private static IEnumerable<(string Label, Definitions.Expression? Condition)> ReadCases(
        Definitions.ActivityNode node)
    {
        var cases = node.Extra["cases"] as JsonArray
            ?? node.Inputs.GetValueOrDefault("cases")?.Expression?.Value switch
            {
                JsonArray array => array,
                JsonValue text when text.TryGetValue<string>(out var s) => JsonNode.Parse(s) as JsonArray,
                _ => null,
            };

        foreach (var item in cases ?? [])
        {
            if (item is not JsonObject c)
            {
                continue;
            }

            var label = c["label"]?.GetValue<string>() ?? "";
            var condition = c["condition"] as JsonObject;
            yield return (label, condition is null
                ? null
                : new Definitions.Expression(condition["type"]?.GetValue<string>() ?? ExpressionKinds.JavaScript,
                    condition["value"]?.DeepClone()));
        }
    }
}
