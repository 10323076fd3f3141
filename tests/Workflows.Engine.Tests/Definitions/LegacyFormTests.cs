using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Definitions;

namespace CaseSystem.Workflows.Engine.Tests.Definitions;

/// <summary>Older Elsa exports still import: flat connections, $values wrappers, PascalCase, top-level flags.</summary>
public sealed class LegacyFormTests
{
    [Fact]
    public void FlatConnections_AreReadAsSourcePortAndTarget()
    {
        const string json = """
            { "id": "v1", "definitionId": "d", "root": { "id": "F", "type": "Elsa.Flowchart",
              "activities": [ { "id": "a", "type": "Elsa.Start" }, { "id": "b", "type": "Elsa.End" } ],
              "connections": [ { "source": "a", "target": "b", "sourcePort": "Done", "targetPort": "In" } ] } }
            """;

        var definition = DefinitionReader.Read(json);

        Assert.Equal(new Connection("a", "Done", "b", "In"), Assert.Single(definition.Root.Connections));
    }

    [Fact]
    public async Task ValuesWrappers_AreUnwrapped()
    {
        var engine = new TestEngine();
        const string json = """
            { "id": "v1", "definitionId": "d",
              "variables": { "$values": [ { "id": "Greeting", "name": "Greeting", "typeName": "String",
                "value": "Hello" } ] },
              "root": { "id": "F", "type": "Elsa.Flowchart",
                "activities": { "$values": [
                  { "id": "a", "type": "Elsa.WriteLine",
                    "text": { "typeName": "String", "expression": { "type": "Variable", "value": "Greeting" } } },
                  { "id": "b", "type": "Elsa.WriteLine",
                    "text": { "typeName": "String", "expression": { "type": "Literal", "value": "World" } } } ] },
                "connections": { "$values": [
                  { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "b", "port": "In" } } ] }
              } }
            """;

        await engine.RunAsync(json);

        Assert.Equal(["Hello", "World"], engine.Lines);
    }

    [Fact]
    public async Task PascalCaseNames_AreRead()
    {
        var engine = new TestEngine();
        const string json = """
            { "Id": "v1", "DefinitionId": "d", "Name": "Pascal",
              "Root": { "Id": "F", "Type": "Elsa.Flowchart",
                "Activities": [
                  { "Id": "a", "Type": "Elsa.WriteLine",
                    "Text": { "TypeName": "String", "Expression": { "Type": "Literal", "Value": "first" } } },
                  { "Id": "b", "Type": "Elsa.WriteLine",
                    "Text": { "TypeName": "String", "Expression": { "Type": "Literal", "Value": "second" } } } ],
                "Connections": [
                  { "Source": { "Activity": "a", "Port": "Done" }, "Target": { "Activity": "b", "Port": "In" } } ]
              } }
            """;

        var result = await engine.RunAsync(json);

        Assert.Equal("d", result.Instance.DefinitionId);
        Assert.Equal(["first", "second"], engine.Lines);
    }

    [Fact]
    public void TopLevelCanStartWorkflow_IsRead_AndWrittenUnderCustomProperties()
    {
        const string json = """
            { "id": "v1", "definitionId": "d", "root": { "id": "F", "type": "Elsa.Flowchart",
              "activities": [ { "id": "e", "type": "Elsa.Event", "canStartWorkflow": true,
                "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "go" } } } ] } }
            """;

        var definition = DefinitionReader.Read(json);
        var written = DefinitionWriter.WriteActivity(definition.Root.Activities[0]);

        Assert.True(definition.Root.Activities[0].CanStartWorkflow);
        Assert.True(written["customProperties"]?["canStartWorkflow"]?.GetValue<bool>());
        Assert.False(written.ContainsKey("canStartWorkflow"));
    }

    [Fact]
    public void PascalCaseCanStartWorkflow_InCustomProperties_IsWrittenOnceInCamelCase()
    {
        const string json = """
            { "id": "v1", "definitionId": "d", "root": { "id": "F", "type": "Elsa.Flowchart",
              "activities": [ { "id": "s", "type": "Elsa.Start",
                "CustomProperties": { "CanStartWorkflow": true, "Note": "kept" } } ] } }
            """;

        var definition = DefinitionReader.Read(json);
        var custom = DefinitionWriter.WriteActivity(definition.Root.Activities[0])["customProperties"]!.AsObject();

        Assert.True(definition.Root.Activities[0].CanStartWorkflow);
        Assert.Equal(["Note", "canStartWorkflow", "runAsynchronously"], custom.Select(p => p.Key));
    }

    [Fact]
    public void ApiEnvelope_IsUnwrapped()
    {
        const string json = """
            { "model": { "id": "v1", "definitionId": "d",
              "root": { "id": "F", "type": "Elsa.Flowchart", "activities": [] } }, "publish": true }
            """;

        var definition = DefinitionReader.Read(json);

        Assert.Equal("d", definition.DefinitionId);
        Assert.Equal("F", definition.Root.Id);
    }

    [Fact]
    public void ImplicitLoopFixture_IsReadFromItsOlderForm()
    {
        var engine = new TestEngine();

        var definition = engine.Read(TestEngine.Fixture("implicit-loop.json"));

        var setVariable = definition.AllActivities().Single(a => a.Id == "SetVariable1");
        Assert.Equal("SetVariable1:input-1", setVariable.Inputs["value"]?.MemoryReferenceId);
        Assert.Contains(definition.Root.Connections, c => c.Source == "FlowDecision1" && c.SourcePort == "True");
        Assert.IsType<JsonObject>(setVariable.Extra["variable"]);
    }
}
