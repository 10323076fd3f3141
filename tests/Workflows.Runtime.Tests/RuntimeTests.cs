using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Validation;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Runtime.Tests;

public sealed class SqliteRuntimeTests() : RuntimeTests(DatabaseProvider.Sqlite);

public sealed class PostgresRuntimeTests() : RuntimeTests(DatabaseProvider.Postgres);

/// <summary>
/// The durable runtime's rules, on each database: every test runs once on SQLite, once on PostgreSQL.
/// </summary>
public abstract class RuntimeTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [SkippableFact]
    public async Task Definitions_KeepEveryVersion_WithOnePublishedAndOneLatest()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database);
        var id = await host.PublishAsync(Workflows.Hello("hello", "първа"));

        await host.Definitions.SaveAsync(host.Engine.Read(Workflows.Hello("hello", "втора")));
        var draft = await host.Definitions.FindAsync(id, VersionOptions.Latest);
        var stillPublished = await host.Definitions.FindAsync(id, VersionOptions.Published);
        await host.Runtime.PublishAsync(id);
        var published = await host.Definitions.FindAsync(id, VersionOptions.Published);
        await host.Runtime.RetractAsync(id);
        var retracted = await host.Definitions.FindAsync(id, VersionOptions.Published);
        var reverted = await host.Definitions.RevertAsync(id, 1);
        var versions = await host.Definitions.VersionsAsync(id);

        Assert.Equal(2, draft!.Version);
        Assert.False(draft.IsPublished);
        Assert.Equal(1, stillPublished!.Version);
        Assert.Equal(2, published!.Version);
        Assert.Null(retracted);
        Assert.Equal(3, reverted.Version);
        Assert.Contains("първа", Engine.WorkflowEngine.Write(reverted), StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], versions.Select(v => v.Version));
        Assert.Single(versions, v => v.IsLatest);
        Assert.DoesNotContain(versions, v => v.IsPublished);
    }

    [SkippableFact]
    public async Task Publish_RefusesAnInvalidDefinition_NamingEveryProblem_AndPublishesNothing()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database);
        var saved = await host.Definitions.SaveAsync(host.Engine.Read("""
            { "definitionId": "bad", "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
              { "id": "cron", "type": "Elsa.Cron", "customProperties": { "canStartWorkflow": true },
                "cronExpression": { "typeName": "String",
                  "expression": { "type": "Literal", "value": "every hour" } } },
              { "id": "x", "type": "Acme.Unknown" } ] } }
            """));

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(
            () => host.Runtime.PublishAsync(saved.DefinitionId));

        Assert.Contains(error.Errors,
            e => e.ActivityId == "cron" && e.Message.Contains("every hour", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.ActivityId == "x");
        Assert.Null(await host.Definitions.FindAsync("bad", VersionOptions.Published));
    }

    [SkippableFact]
    public async Task AnInstance_SuspendsOnItsBookmark_AndAStimulusResumesIt_WithEverythingStored()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database);
        var id = await host.PublishAsync(Workflows.WaitForEvent("wait"));

        var started = await host.Runtime.ExecuteAsync(id, new StartRequest { CorrelationId = "СОА26-ВК08-1" });
        var suspended = await host.Runtime.FindInstanceAsync(started.Instance.Id);
        var delivered = await host.Runtime.StimulateAsync(TestHost.Event("одобрено"));
        var finished = await host.Runtime.FindInstanceAsync(started.Instance.Id);
        var (journal, _) = await host.Runtime.JournalAsync(started.Instance.Id, 0, 100);

        Assert.Equal(nameof(WorkflowSubStatus.Suspended), suspended!.SubStatus);
        Assert.Equal("СОА26-ВК08-1", suspended.CorrelationId);
        Assert.Equal(started.Instance.Id, Assert.Single(delivered.Resumed).Instance.Id);
        Assert.Equal(nameof(WorkflowSubStatus.Finished), finished!.SubStatus);
        Assert.NotNull(finished.FinishedAt);
        Assert.Equal(["before", "after 1"], host.Lines);
        Assert.Equal(["start", "before", "wait", "wait", "count", "after"], journal.Select(j => j.ActivityId));
        await using var db = database.Factory().Create();
        Assert.Empty(await db.Bookmarks.ToListAsync());
        Assert.Empty(await db.Stimuli.ToListAsync());
    }

    [SkippableFact]
    public async Task AnInstance_CarriesOnOnANewHost_AfterTheFirstHostStopped()
    {
        await using var database = await DatabaseAsync();
        string instanceId;
        using (var first = new TestHost(database))
        {
            var id = await first.PublishAsync(Workflows.WaitForEvent("restart"));
            instanceId = (await first.Runtime.ExecuteAsync(id, new StartRequest())).Instance.Id;
        }

        using var second = new TestHost(database);
        var delivered = await second.Runtime.StimulateAsync(TestHost.Event("одобрено"));

        Assert.Equal(instanceId, Assert.Single(delivered.Resumed).Instance.Id);
        Assert.Equal(["after 1"], second.Lines);
        Assert.True((await second.Runtime.LoadInstanceAsync(instanceId))!.IsFinished);
    }

    [SkippableFact]
    public async Task TwoHosts_ReceivingTheSameStimulusTogether_ResumeEachBookmarkOnce()
    {
        await using var database = await DatabaseAsync();
        using var first = new TestHost(database);
        using var second = new TestHost(database);
        var id = await first.PublishAsync(Workflows.WaitForEvent("race"));
        var instances = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            instances.Add((await first.Runtime.ExecuteAsync(id, new StartRequest())).Instance.Id);
        }

        var outcomes = await Task.WhenAll(
            first.Runtime.StimulateAsync(TestHost.Event("одобрено")),
            second.Runtime.StimulateAsync(TestHost.Event("одобрено")));

        var resumed = outcomes.SelectMany(o => o.Resumed).Select(r => r.Instance.Id).ToList();
        Assert.Equal(instances.Order(), resumed.Order());
        foreach (var instanceId in instances)
        {
            var instance = await first.Runtime.LoadInstanceAsync(instanceId);
            Assert.True(instance!.IsFinished);
            Assert.Equal(1, instance.Variables[0]);
        }

        Assert.Equal(10, first.Lines.Count(l => l == "after 1") + second.Lines.Count(l => l == "after 1"));
    }

    [SkippableFact]
    public async Task AnInstance_KeepsTheVersionItStartedOn()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database);
        var id = await host.PublishAsync(Workflows.WaitForEvent("versions", before: "v1"));
        var instance = (await host.Runtime.ExecuteAsync(id, new StartRequest())).Instance;

        await host.PublishAsync(Workflows.WaitForEvent("versions", eventName: "друго", before: "v2"));
        await host.Runtime.StimulateAsync(TestHost.Event("одобрено"));

        var stored = await host.Runtime.FindInstanceAsync(instance.Id);
        Assert.Equal(1, stored!.Version);
        Assert.Equal(nameof(WorkflowSubStatus.Finished), stored.SubStatus);
    }

    [SkippableFact]
    public async Task ADispatchedInstance_WaitsInTheQueue_UntilAWorkerRunsIt()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database);
        var id = await host.PublishAsync(Workflows.Hello("queued"));

        var instanceId = await host.Runtime.DispatchAsync(id, new StartRequest());
        var queued = await host.Runtime.FindInstanceAsync(instanceId);
        await host.Runtime.RunWorkerPassAsync();
        var finished = await host.Runtime.FindInstanceAsync(instanceId);

        Assert.Equal(nameof(WorkflowSubStatus.Pending), queued!.SubStatus);
        Assert.Equal(nameof(WorkflowSubStatus.Finished), finished!.SubStatus);
        Assert.Equal(["здравей"], host.Lines);
    }

    [SkippableFact]
    public async Task AStimulusThatArrivesBeforeItsBookmark_IsDeliveredWhenTheBookmarkAppears()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database);
        var id = await host.PublishAsync(Workflows.WaitForEvent("early"));

        var early = await host.Runtime.StimulateAsync(TestHost.Event("одобрено", correlationId: "c-1"));
        var run = await host.Runtime.ExecuteAsync(id, new StartRequest { CorrelationId = "c-1" });

        Assert.True(early.Queued);
        Assert.Equal(["before", "after 1"], host.Lines);
        Assert.True((await host.Runtime.LoadInstanceAsync(run.Instance.Id))!.IsFinished);
    }

    [SkippableFact]
    public async Task ATrigger_StartsAnInstancePerStimulus_AndAReplayedStimulusStartsNoSecond()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database, options: new RuntimeOptions { StimulusGracePeriod = TimeSpan.Zero });
        await host.PublishAsync(Workflows.StartedByEvent("triggered", "сигнал"));

        var first = await host.Runtime.StimulateAsync(TestHost.Event("сигнал", "първи"));
        await using (var db = database.Factory().Create())
        {
            // A stimulus stored by a host that stopped before processing it.
            db.Stimuli.Add(new StimulusRecord
            {
                Id = "orphan",
                Name = "Elsa.Event",
                Hash = TestHost.Event("сигнал").Hash,
                Input = "\"втори\"",
                CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(1),
            });
            await db.SaveChangesAsync();
        }

        await host.Runtime.RunWorkerPassAsync();
        await host.Runtime.RunWorkerPassAsync();

        Assert.Single(first.Started);
        Assert.Equal(["got първи", "got втори"], host.Lines);
        var (instances, total) = await host.Runtime.ListInstancesAsync(
            new InstanceFilter { DefinitionId = "triggered" });
        Assert.Equal(2, total);
        Assert.All(instances, i => Assert.Equal(nameof(WorkflowSubStatus.Finished), i.SubStatus));
    }

    [SkippableFact]
    public async Task Cancel_FinishesTheInstanceAsCancelled_AndDropsItsBookmarks()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database);
        var id = await host.PublishAsync(Workflows.WaitForEvent("cancel"));
        var instance = (await host.Runtime.ExecuteAsync(id, new StartRequest())).Instance;

        var cancelled = await host.Runtime.CancelAsync(instance.Id);
        var again = await host.Runtime.CancelAsync(instance.Id);
        var delivered = await host.Runtime.StimulateAsync(TestHost.Event("одобрено"));

        Assert.True(cancelled);
        Assert.False(again);
        Assert.Empty(delivered.Resumed);
        Assert.Equal(
            nameof(WorkflowSubStatus.Cancelled), (await host.Runtime.FindInstanceAsync(instance.Id))!.SubStatus);
    }

    [SkippableFact]
    public async Task Retry_RunsAFaultedInstanceAgainFromItsIncident()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database);
        var id = await host.PublishAsync("""
            { "definitionId": "flaky",
              "variables": [ { "id": "v", "name": "Tries", "typeName": "Int32", "value": "0" } ],
              "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
                { "id": "try", "type": "Elsa.RunJavaScript", "script": { "typeName": "String", "expression": {
                  "type": "Literal",
                  "value": "setTries(getTries() + 1); if (getTries() < 2) throw new Error('зает');" } } },
                { "id": "done", "type": "Elsa.WriteLine",
                  "text": { "typeName": "String", "expression": { "type": "Literal", "value": "готово" } } } ],
              "connections": [ { "source": { "activity": "try", "port": "Done" },
                "target": { "activity": "done", "port": "In" } } ] } }
            """);
        var faulted = await host.Runtime.ExecuteAsync(id, new StartRequest());
        await using (var db = database.Factory().Create())
        {
            Assert.Single(await db.Incidents.Where(i => i.InstanceId == faulted.Instance.Id).ToListAsync());
        }

        var retried = await host.Runtime.RetryAsync(faulted.Instance.Id);

        Assert.Equal(WorkflowSubStatus.Faulted, faulted.Instance.SubStatus);
        Assert.Equal(WorkflowSubStatus.Finished, retried!.Instance.SubStatus);
        Assert.Equal(["готово"], host.Lines);
        await using var check = database.Factory().Create();
        Assert.Empty(await check.Incidents.Where(i => i.InstanceId == faulted.Instance.Id).ToListAsync());
    }
}
