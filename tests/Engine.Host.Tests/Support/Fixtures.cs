using System.Text.Json.Nodes;

namespace CaseSystem.Host.Tests.Support;

/// <summary>The Elsa exports copied from the engine's compatibility fixtures.</summary>
internal static class Fixtures
{
    public static string Text(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static JsonObject Json(string name) => JsonNode.Parse(Text(name))!.AsObject();
}
