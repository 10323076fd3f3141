using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Definitions;

/// <summary>
/// An activity as it stands in a definition: common fields, inputs, output bindings and, for a flowchart,
/// its children and connections. Anything else on the JSON object is kept verbatim in <see cref="Extra"/>.
/// </summary>
public sealed class ActivityNode
{
    public const string FlowchartType = "Elsa.Flowchart";

    public string Id { get; set; } = "";

    public string? NodeId { get; set; }

    public string? Name { get; set; }

    public string Type { get; set; } = "";

    public int Version { get; set; } = 1;

    public bool CanStartWorkflow { get; set; }

    public bool RunAsynchronously { get; set; }

    public JsonObject CustomProperties { get; set; } = [];

    public JsonObject Metadata { get; set; } = [];

    /// <summary>Inputs by name, in file order. A null value is an input written as <c>null</c>.</summary>
    public Dictionary<string, ActivityInput?> Inputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Outputs bound to variables, by output name.</summary>
    public Dictionary<string, OutputBinding> Outputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Other properties (FlowSwitch cases, legacy fields, unknown members), in file order.</summary>
    public JsonObject Extra { get; set; } = [];

    /// <summary>Children of a flowchart; empty for any other activity.</summary>
    public List<ActivityNode> Activities { get; } = [];

    /// <summary>Connections of a flowchart; empty for any other activity.</summary>
    public List<Connection> Connections { get; } = [];

    /// <summary>Variables declared on a flowchart container.</summary>
    public List<VariableDefinition> Variables { get; } = [];

    /// <summary>For an activity type this engine does not know: the object exactly as it was read.</summary>
    public JsonObject? Original { get; set; }

    public bool IsFlowchart => Type == FlowchartType;

    public string DisplayName => Name ?? Id;

    public static ActivityNode NewFlowchart(string id) => new() { Id = id, Type = FlowchartType };

    public IEnumerable<ActivityNode> SelfAndDescendants()
    {
        yield return this;

        foreach (var child in Activities)
        {
            foreach (var node in child.SelfAndDescendants())
            {
                yield return node;
            }
        }
    }
}

/// <summary>An input: its declared type and the expression that yields its value.</summary>
public sealed record ActivityInput(string? TypeName, Expression? Expression, string? MemoryReferenceId = null);

/// <summary>An expression: its kind (Literal, Object, Variable, JavaScript, Liquid, ...) and raw value.</summary>
public sealed record Expression(string Kind, JsonNode? Value)
{
    public string? ValueAsString => Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => Value.ToJsonString(),
    };
}

/// <summary>An output bound to a variable through its memory reference.</summary>
public sealed record OutputBinding(string? TypeName, string VariableId);

/// <summary>A connection from an outcome port of one activity to an input port of another.</summary>
public sealed record Connection(string Source, string SourcePort, string Target, string TargetPort = "In")
{
    public JsonArray? Vertices { get; init; }
}
