using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Validation;

namespace CaseSystem.Workflows.Engine.Tests.Definitions;

public sealed class UnknownActivityTests
{
    private static readonly JsonObject Custom = JsonNode.Parse("""
        { "id": "acme1", "type": "Acme.SendFax", "version": 3, "Weird": { "pages": [1, 2.5, null] },
          "number": { "typeName": "String", "expression": { "type": "CSharp", "value": "\"+359\" + 2" } },
          "customProperties": { "canStartWorkflow": false }, "metadata": { "designer": { "x": 1 } } }
        """)!.AsObject();

    private static string Definition() => new Flow()
        .WriteLine("before", "before")
        .Add((JsonObject)Custom.DeepClone())
        .Connect("before", "acme1")
        .Json;

    [Fact]
    public void UnknownType_SurvivesTheRoundTripExactly()
    {
        var engine = new TestEngine();

        var written = DefinitionWriter.Write(engine.Read(Definition()));

        var kept = written["root"]!["activities"]!.AsArray().Single(a => a?["id"]?.GetValue<string>() == "acme1");
        Assert.True(JsonNode.DeepEquals(Custom, kept), kept?.ToJsonString());
        Assert.Equal(Custom.ToJsonString(), kept!.ToJsonString());
    }

    [Fact]
    public void UnknownType_IsRefusedAtCompile_WithAMessageNamingTheType()
    {
        var engine = new TestEngine();

        var error = Assert.Throws<WorkflowValidationException>(() => engine.Compile(Definition()));

        var problem = Assert.Single(error.Errors, e => e.ActivityId == "acme1");
        Assert.Contains("Acme.SendFax", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Acme.SendFax", error.Message, StringComparison.Ordinal);
    }
}
