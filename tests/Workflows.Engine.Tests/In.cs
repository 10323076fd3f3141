using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Tests;

/// <summary>Activity inputs and output bindings as Elsa 3 writes them.</summary>
internal static class In
{
    public static JsonObject Literal(object? value, string typeName = "Object") =>
        Expression("Literal", JsonSerializer.SerializeToNode(value), typeName);

    /// <summary>A JSON document written inside a string, as Elsa writes Object expressions.</summary>
    public static JsonObject Object(string json, string typeName = "Object") => Expression("Object", json, typeName);

    public static JsonObject Variable(string name, string typeName = "Object") =>
        Expression("Variable", name, typeName);

    public static JsonObject Js(string script, string typeName = "Object") =>
        Expression("JavaScript", script, typeName);

    public static JsonObject Liquid(string template, string typeName = "String") =>
        Expression("Liquid", template, typeName);

    public static JsonObject Expression(string kind, JsonNode? value, string typeName = "Object") => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = kind, ["value"] = value },
    };

    /// <summary>Binds an output to a variable.</summary>
    public static JsonObject Output(string variable) => new()
    {
        ["typeName"] = "Object",
        ["memoryReference"] = new JsonObject { ["id"] = variable },
    };

    /// <summary>The variable a SetVariable activity sets, written beside its inputs as Elsa writes it.</summary>
    public static JsonObject VariableReference(string name) => new() { ["id"] = name, ["name"] = name };
}
