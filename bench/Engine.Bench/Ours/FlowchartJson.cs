using System.Globalization;
using System.Text.Json.Nodes;

namespace CaseSystem.Engine.Bench.Ours;

/// <summary>Writes a small Elsa 3 flowchart definition, as the designer would export it.</summary>
internal sealed class FlowchartJson(string definitionId)
{
    private readonly JsonArray _variables = [];
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];

    public FlowchartJson Variable(string name, string typeName, string value)
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

    public FlowchartJson SetVariable(string id, string variable, string expressionType, object value) =>
        Activity(id, "Elsa.SetVariable", new JsonObject
        {
            ["variable"] = new JsonObject { ["id"] = variable, ["name"] = variable },
            ["value"] = Input("Object", expressionType, value),
        });

    public FlowchartJson WriteLine(string id, string text) =>
        Activity(id, "Elsa.WriteLine", new JsonObject { ["text"] = Input("String", "Literal", text) });

    public FlowchartJson Decision(string id, string javaScript) =>
        Activity(id, "Elsa.FlowDecision", new JsonObject
        {
            ["condition"] = Input("Boolean", "JavaScript", javaScript),
        });

    public FlowchartJson Fork(string id, params string[] branches) =>
        Activity(id, "Elsa.FlowFork", new JsonObject
        {
            ["branches"] = Input("String[]", "Object", new JsonArray([.. branches.Select(b => (JsonNode?)b)])
                .ToJsonString()),
        });

    public FlowchartJson Join(string id, string mode) =>
        Activity(id, "Elsa.FlowJoin", new JsonObject { ["mode"] = Input("String", "Literal", mode) });

    public FlowchartJson Event(string id, string eventName) =>
        Activity(id, "Elsa.Event", new JsonObject { ["eventName"] = Input("String", "Literal", eventName) });

    public FlowchartJson Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });
        return this;
    }

    public string ToJson() => new JsonObject
    {
        ["id"] = definitionId + "-v1",
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["version"] = 1,
        ["isLatest"] = true,
        ["isPublished"] = true,
        ["variables"] = _variables,
        ["root"] = new JsonObject
        {
            ["id"] = "Flowchart1",
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["activities"] = _activities,
            ["connections"] = _connections,
        },
    }.ToJsonString();

    private FlowchartJson Activity(string id, string type, JsonObject inputs)
    {
        inputs["id"] = id;
        inputs["type"] = type;
        inputs["version"] = 1;
        _activities.Add(inputs);
        return this;
    }

    private static JsonObject Input(string typeName, string expressionType, object value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject
        {
            ["type"] = expressionType,
            ["value"] = Convert.ToString(value, CultureInfo.InvariantCulture),
        },
    };
}
