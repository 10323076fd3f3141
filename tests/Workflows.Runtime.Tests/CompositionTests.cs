using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Runtime.Tests;

public sealed class SqliteCompositionTests() : CompositionTests(DatabaseProvider.Sqlite);

public sealed class PostgresCompositionTests() : CompositionTests(DatabaseProvider.Postgres);

/// <summary>Workflows that run other workflows and publish events, through the durable runtime.</summary>
public abstract class CompositionTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [SkippableFact]
    public async Task ExecuteWorkflow_RunsTheChildAfterTheParentCommits_AndTheParentContinuesWithItsOutput()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database);
        await host.PublishAsync("""
            { "definitionId": "child", "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
              { "id": "out", "type": "Elsa.SetOutput",
                "outputName": { "typeName": "String", "expression": { "type": "Literal", "value": "answer" } },
                "outputValue": { "typeName": "Object", "expression": { "type": "Literal", "value": "42" } } } ] } }
            """);
        var parent = await host.PublishAsync("""
            { "definitionId": "parent", "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
              { "id": "call", "type": "Elsa.ExecuteWorkflow",
                "workflowDefinitionId": { "typeName": "String",
                  "expression": { "type": "Literal", "value": "child" } } },
              { "id": "say", "type": "Elsa.WriteLine", "text": { "typeName": "String",
                "expression": { "type": "JavaScript", "value": "'child said ' + getResultFromcall().answer" } } } ],
              "connections": [ { "source": { "activity": "call", "port": "Done" },
                "target": { "activity": "say", "port": "In" } } ] } }
            """);

        var started = await host.Runtime.ExecuteAsync(parent, new StartRequest());
        await host.Runtime.RunWorkerPassAsync();

        Assert.Equal(WorkflowSubStatus.Suspended, started.Instance.SubStatus);
        Assert.Equal(["child said 42"], host.Lines);
        Assert.True((await host.Runtime.LoadInstanceAsync(started.Instance.Id))!.IsFinished);
    }

    [SkippableFact]
    public async Task PublishEvent_IsStoredWithTheRun_AndResumesTheWorkflowsWaitingForIt()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database);
        var waiter = await host.PublishAsync(Workflows.WaitForEvent("waiter", eventName: "готово"));
        var publisher = await host.PublishAsync("""
            { "definitionId": "publisher", "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
              { "id": "publish", "type": "Elsa.PublishEvent",
                "eventName": { "typeName": "String",
                  "expression": { "type": "Literal", "value": "готово" } } } ] } }
            """);
        var waiting = await host.Runtime.ExecuteAsync(waiter, new StartRequest());

        await host.Runtime.ExecuteAsync(publisher, new StartRequest());

        Assert.True((await host.Runtime.LoadInstanceAsync(waiting.Instance.Id))!.IsFinished);
        Assert.Equal(["before", "after 1"], host.Lines);
    }

    [SkippableFact]
    public async Task TheStoredModel_HasNoChangesWithoutAMigration()
    {
        await using var database = await DatabaseAsync();
        await using var db = database.Factory().Create();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
