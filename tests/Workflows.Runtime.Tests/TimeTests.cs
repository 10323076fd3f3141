using System.Globalization;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;
using CaseSystem.Workflows.Runtime.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Runtime.Tests;

[Collection(TimingGroup.Name)]
public sealed class SqliteTimeTests() : TimeTests(DatabaseProvider.Sqlite);

[Collection(TimingGroup.Name)]
public sealed class PostgresTimeTests() : TimeTests(DatabaseProvider.Postgres);

/// <summary>Timing tests run on their own, after the others, so a busy machine does not make them late.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingGroup
{
    public const string Name = "time";
}

/// <summary>Time through Hangfire: timers resume on time, cron triggers fire once per occurrence.</summary>
public abstract class TimeTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [SkippableFact]
    public async Task ADelayOfTwoSeconds_ResumesWithinHangfiresTolerance()
    {
        await using var database = await DatabaseAsync();
        using var time = new TimeHost(database, TimeHost.Storage(database));
        var id = await time.Host.PublishAsync(Delay("delay", "00:00:02"));

        var run = await time.Host.Runtime.ExecuteAsync(id, new StartRequest());
        var due = Assert.Single(run.Instance.Bookmarks).ResumeAt!.Value;
        var finished = await WaitUntilAsync(time.Host, run.Instance.Id, i => i.SubStatus == "Finished");

        // Hangfire keeps schedule times in whole seconds: about a second early to three late (TESTING.md).
        var late = finished.FinishedAt!.Value - due;
        Assert.InRange(late, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(3));
        Assert.InRange(due - run.Instance.CreatedAt, TimeSpan.FromSeconds(1.8), TimeSpan.FromSeconds(2.2));
        Assert.Equal(["before", "after"], time.Host.Lines);
    }

    [SkippableFact]
    public async Task ATimerWhoseJobWasLost_IsRearmedAndStillFires()
    {
        await using var database = await DatabaseAsync();
        string instanceId;
        using (var first = new TestHost(database))
        {
            // No time on this host: the bookmark is stored, but no job is scheduled, as after a crash.
            var id = await first.PublishAsync(Delay("lost", "00:00:01"));
            instanceId = (await first.Runtime.ExecuteAsync(id, new StartRequest())).Instance.Id;
        }

        using var time = new TimeHost(database, TimeHost.Storage(database));
        var rearmed = await time.Host.Runtime.RearmTimersAsync();
        var finished = await WaitUntilAsync(time.Host, instanceId, i => i.SubStatus == "Finished");

        Assert.Equal(1, rearmed);
        Assert.Equal(nameof(WorkflowSubStatus.Finished), finished.SubStatus);
        Assert.Equal(0, await time.Host.Runtime.RearmTimersAsync());
    }

    [SkippableFact]
    public async Task ACronTrigger_StartsOneInstancePerOccurrence_WithTwoHangfireServers()
    {
        await using var database = await DatabaseAsync();
        var storage = TimeHost.Storage(database);
        using var first = new TimeHost(database, storage);
        using var second = new TimeHost(database, storage);

        var id = await first.Host.PublishAsync(EverySecond("cron"));
        await Task.Delay(TimeSpan.FromSeconds(5.5));
        await first.Host.Runtime.RetractAsync(id);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var (instances, total) = await first.Host.Runtime.ListInstancesAsync(new InstanceFilter { DefinitionId = id });
        Assert.InRange(total, 3, 8);
        Assert.All(instances, i => Assert.Equal(nameof(WorkflowSubStatus.Finished), i.SubStatus));

        // Each instance belongs to one occurrence (one second of the window), and no occurrence has two.
        var trigger = $"{instances[0].DefinitionVersionId}:cron:0";
        var start = instances.Min(i => i.CreatedAt).ToUnixTimeSeconds() - 3;
        var occurrences = Enumerable.Range(0, 12)
            .ToDictionary(
                s => TimerJobs.OccurrenceId(trigger, (start + s).ToString(CultureInfo.InvariantCulture)), s => s);
        var matched = instances.Select(i => occurrences.GetValueOrDefault(i.Id, -1)).ToList();
        Assert.DoesNotContain(-1, matched);
        Assert.Equal(total, matched.Distinct().Count());
    }

    private static async Task<InstanceRecord> WaitUntilAsync(TestHost host, string instanceId,
        Func<InstanceRecord, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var instance = await host.Runtime.FindInstanceAsync(instanceId);
            if (instance is not null && condition(instance))
            {
                return instance;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"Instance {instanceId} did not get there in {Patience}.");
            await Task.Delay(100);
        }
    }

    private static string Delay(string definitionId, string timeSpan) => $$"""
        { "definitionId": "{{definitionId}}",
          "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
            { "id": "before", "type": "Elsa.WriteLine",
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "before" } } },
            { "id": "delay", "type": "Elsa.Delay",
              "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "{{timeSpan}}" } } },
            { "id": "after", "type": "Elsa.WriteLine",
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "after" } } } ],
          "connections": [
            { "source": { "activity": "before", "port": "Done" }, "target": { "activity": "delay", "port": "In" } },
            { "source": { "activity": "delay", "port": "Done" }, "target": { "activity": "after", "port": "In" } } ] } }
        """;

    private static string EverySecond(string definitionId) => $$"""
        { "definitionId": "{{definitionId}}",
          "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
            { "id": "cron", "type": "Elsa.Cron", "customProperties": { "canStartWorkflow": true },
              "cronExpression": { "typeName": "String", "expression": { "type": "Literal", "value": "* * * * * *" } } },
            { "id": "tick", "type": "Elsa.WriteLine",
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "tick" } } } ],
          "connections": [
            { "source": { "activity": "cron", "port": "Done" }, "target": { "activity": "tick", "port": "In" } } ] } }
        """;
}
