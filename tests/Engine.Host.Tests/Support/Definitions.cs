using System.Text.Json.Nodes;

namespace CaseSystem.Host.Tests.Support;

/// <summary>Small Elsa 3 definitions for the tests: a flowchart whose activities run one after another.</summary>
internal static class Definitions
{
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A flowchart that runs the activities in order, each one's Done leading to the next.</summary>
    public static JsonObject Sequence(string definitionId, params JsonObject[] activities) =>
        Sequence(definitionId, [], activities);

    public static JsonObject Sequence(string definitionId, JsonArray variables, params JsonObject[] activities)
    {
        var connections = new JsonArray();
        for (var i = 1; i < activities.Length; i++)
        {
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = activities[i - 1]["id"]!.DeepClone(), ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = activities[i]["id"]!.DeepClone(), ["port"] = "In" },
            });
        }

        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = definitionId,
            ["variables"] = variables,
            ["root"] = new JsonObject
            {
                ["id"] = "flowchart",
                ["type"] = "Elsa.Flowchart",
                ["activities"] = new JsonArray(activities),
                ["connections"] = connections,
            },
        };
    }

    public static JsonObject Variable(string name, string typeName, string? value = null) => new()
    {
        ["id"] = name,
        ["name"] = name,
        ["typeName"] = typeName,
        ["isArray"] = false,
        ["value"] = value,
    };

    public static JsonObject WriteLine(string id, string text) =>
        Activity(id, "Elsa.WriteLine", ("text", "String", text));

    public static JsonObject WaitForEvent(string id, string eventName, string? resultVariable = null)
    {
        var activity = Activity(id, "Elsa.Event", ("eventName", "String", eventName));
        if (resultVariable is not null)
        {
            activity["result"] = new JsonObject
            {
                ["typeName"] = "Object",
                ["memoryReference"] = new JsonObject { ["id"] = resultVariable },
            };
        }

        return activity;
    }

    public static JsonObject Script(string id, string script) =>
        Activity(id, "Elsa.RunJavaScript", ("script", "String", script));

    public static JsonObject Activity(string id, string type,
        params (string Name, string TypeName, string Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type };
        foreach (var (name, typeName, value) in inputs)
        {
            activity[name] = new JsonObject
            {
                ["typeName"] = typeName,
                ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value },
            };
        }

        return activity;
    }
}
