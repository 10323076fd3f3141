using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Execution;

/// <summary>An instance saved mid-run and loaded again carries on exactly as the original would.</summary>
public sealed class InstanceSerializerTests
{
    // A fork: one branch writes and reaches the join, the other waits for an event first. WaitAll joins them.
    private const string Definition = """
        { "definitionId": "saved", "customProperties": { "joinMode": "Token" },
          "variables": [
            { "id": "v1", "name": "Count", "typeName": "Int32", "value": "0" },
            { "id": "v2", "name": "When", "typeName": "DateTimeOffset", "value": "2026-12-03T10:00:00+02:00" },
            { "id": "v3", "name": "Tags", "typeName": "String[]", "value": "[\"а\",\"б\"]" } ],
          "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
            { "id": "fork", "type": "Elsa.FlowFork", "branches": { "typeName": "String[]",
              "expression": { "type": "Object", "value": "[\"left\",\"right\"]" } } },
            { "id": "inc", "type": "Elsa.SetVariable", "variable": { "id": "v1" },
              "value": { "typeName": "Object", "expression": { "type": "JavaScript", "value": "getCount() + 1" } } },
            { "id": "wait", "type": "Elsa.Event", "eventName": { "typeName": "String",
              "expression": { "type": "Literal", "value": "подписано" } } },
            { "id": "join", "type": "Elsa.FlowJoin", "mode": { "typeName": "String",
              "expression": { "type": "Literal", "value": "WaitAll" } } },
            { "id": "say", "type": "Elsa.WriteLine", "text": { "typeName": "String",
              "expression": { "type": "JavaScript",
                "value": "'count ' + getCount() + ' ' + getResultFromwait()" } } } ],
          "connections": [
            { "source": { "activity": "fork", "port": "left" }, "target": { "activity": "inc", "port": "In" } },
            { "source": { "activity": "fork", "port": "right" }, "target": { "activity": "wait", "port": "In" } },
            { "source": { "activity": "inc", "port": "Done" }, "target": { "activity": "join", "port": "In" } },
            { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "join", "port": "In" } },
            { "source": { "activity": "join", "port": "Done" }, "target": { "activity": "say", "port": "In" } } ] } }
        """;

    [Fact]
    public async Task ASuspendedInstance_LoadedFromItsDocument_ResumesAsTheOriginalWould()
    {
        var engine = new TestEngine();
        var workflow = engine.Compile(Definition);
        var first = await engine.Engine.StartAsync(workflow, new StartOptions { CorrelationId = "СОА26-1" });

        var document = InstanceSerializer.Serialize(workflow, first.Instance);
        var loaded = InstanceSerializer.Deserialize(workflow, document);
        var reserialized = InstanceSerializer.Serialize(workflow, loaded);
        var bookmark = Assert.Single(loaded.Bookmarks);
        var resumed = await engine.Engine.Runner.ResumeAsync(workflow, loaded, bookmark.Id, "да");

        Assert.Equal(WorkflowSubStatus.Suspended, first.Instance.SubStatus);
        Assert.Equal(document, reserialized);
        Assert.Equal(WorkflowSubStatus.Finished, resumed.Instance.SubStatus);
        Assert.Equal(["count 1 да"], engine.Lines);
        Assert.Equal("СОА26-1", loaded.CorrelationId);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero), loaded.Variables[1]);
        Assert.Equal(["а", "б"], Assert.IsType<List<string>>(loaded.Variables[2]));
    }

    [Fact]
    public async Task ADocument_WithItsPropertiesInAnotherOrderAndSomeItDoesNotKnow_ReadsAsTheOriginal()
    {
        var engine = new TestEngine();
        var workflow = engine.Compile(Definition);
        var first = await engine.Engine.StartAsync(workflow, new StartOptions { CorrelationId = "СОА26-2" });
        var document = InstanceSerializer.Serialize(workflow, first.Instance);
        var reordered = new JsonObject { ["addedLater"] = new JsonObject { ["x"] = new JsonArray(1, "два") } };
        foreach (var (name, value) in JsonNode.Parse(document)!.AsObject().Reverse())
        {
            reordered[name] = value?.DeepClone();
        }

        var loaded = InstanceSerializer.Deserialize(workflow, reordered.ToJsonString());

        Assert.Equal(document, InstanceSerializer.Serialize(workflow, loaded));
    }

    [Fact]
    public async Task AFaultedInstance_KeepsItsIncidentAndQueue_AndCanBeRetriedAfterLoading()
    {
        var engine = new TestEngine();
        var workflow = engine.Compile("""
            { "definitionId": "retry",
              "variables": [ { "id": "v", "name": "Ok", "typeName": "Boolean", "value": "false" } ],
              "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
                { "id": "check", "type": "Elsa.RunJavaScript", "script": { "typeName": "String",
                  "expression": { "type": "Literal",
                    "value": "if (!getOk()) { setOk(true); throw new Error('не още'); }" } } },
                { "id": "done", "type": "Elsa.WriteLine", "text": { "typeName": "String",
                  "expression": { "type": "Literal", "value": "готово" } } } ],
              "connections": [
                { "source": { "activity": "check", "port": "Done" },
                  "target": { "activity": "done", "port": "In" } } ] } }
            """);
        var faulted = await engine.Engine.StartAsync(workflow);

        var loaded = InstanceSerializer.Deserialize(workflow, InstanceSerializer.Serialize(workflow, faulted.Instance));
        var retried = await engine.Engine.Runner.RetryAsync(workflow, loaded, Assert.Single(loaded.Incidents));

        Assert.Equal(WorkflowSubStatus.Faulted, faulted.Instance.SubStatus);
        Assert.Equal(WorkflowSubStatus.Finished, retried.Instance.SubStatus);
        Assert.Empty(retried.Instance.Incidents);
        Assert.Equal(["готово"], engine.Lines);
    }
}
