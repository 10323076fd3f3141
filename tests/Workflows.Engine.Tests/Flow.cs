using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Tests;

/// <summary>
/// Builds small Elsa 3 workflow definitions, so that a test shows only the activities and connections it is
/// about. Each activity's name is its id, which is what <c>getXFromY()</c> and the journal show.
/// </summary>
internal sealed class Flow(string definitionId = "test-workflow")
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];
    private readonly JsonObject _customProperties = [];
    private readonly JsonObject _options = [];

    public string DefinitionId { get; } = definitionId;

    public string Json => ToJsonObject().ToJsonString();

    /// <summary>Adds an activity; each property is an input (see <see cref="In"/>) or any other member.</summary>
    public Flow Add(string id, string type, params (string Name, JsonNode? Value)[] properties) =>
        Add(Activity(id, type, canStartWorkflow: false, properties));

    /// <summary>Adds an activity with <c>canStartWorkflow</c> set.</summary>
    public Flow Trigger(string id, string type, params (string Name, JsonNode? Value)[] properties) =>
        Add(Activity(id, type, canStartWorkflow: true, properties));

    public Flow Add(JsonObject activity)
    {
        _activities.Add(activity);
        return this;
    }

    public Flow WriteLine(string id, string text) => Add(id, "Elsa.WriteLine", ("text", In.Literal(text)));

    /// <summary>Adds a nested flowchart holding <paramref name="body"/>'s activities and connections.</summary>
    public Flow Nested(string id, Flow body)
    {
        ArgumentNullException.ThrowIfNull(body);

        return Add(body.ToFlowchart(id));
    }

    public Flow Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
            ["vertices"] = new JsonArray(),
        });
        return this;
    }

    /// <summary>Connects each activity to the next through its Done port.</summary>
    public Flow Chain(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            Connect(ids[i - 1], ids[i]);
        }

        return this;
    }

    /// <summary>Declares a variable whose id is its name.</summary>
    public Flow Variable(string name, string typeName, string? value = null)
    {
        _variables.Add(new JsonObject
        {
            ["id"] = name,
            ["name"] = name,
            ["typeName"] = typeName,
            ["isArray"] = false,
            ["value"] = value,
        });
        return this;
    }

    public Flow CustomProperty(string name, JsonNode? value)
    {
        _customProperties[name] = value;
        return this;
    }

    public Flow Option(string name, JsonNode? value)
    {
        _options[name] = value;
        return this;
    }

    public JsonObject ToFlowchart(string id) => new()
    {
        ["id"] = id,
        ["name"] = id,
        ["type"] = "Elsa.Flowchart",
        ["version"] = 1,
        ["customProperties"] = new JsonObject(),
        ["metadata"] = new JsonObject(),
        ["activities"] = _activities.DeepClone(),
        ["connections"] = _connections.DeepClone(),
        ["variables"] = new JsonArray(),
    };

    public JsonObject ToJsonObject() => new()
    {
        ["id"] = DefinitionId + "-v1",
        ["definitionId"] = DefinitionId,
        ["name"] = DefinitionId,
        ["version"] = 1,
        ["variables"] = _variables.DeepClone(),
        ["customProperties"] = _customProperties.DeepClone(),
        ["options"] = _options.DeepClone(),
        ["root"] = ToFlowchart("Flowchart1"),
    };

    private static JsonObject Activity(string id, string type, bool canStartWorkflow,
        (string Name, JsonNode? Value)[] properties)
    {
        var activity = new JsonObject();
        foreach (var (name, value) in properties)
        {
            activity[name] = value?.DeepClone();
        }

        activity["id"] = id;
        activity["name"] = id;
        activity["type"] = type;
        activity["version"] = 1;
        activity["customProperties"] = new JsonObject { ["canStartWorkflow"] = canStartWorkflow };
        activity["metadata"] = new JsonObject();
        return activity;
    }
}
