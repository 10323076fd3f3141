using System.Data.Common;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;

namespace CaseSystem.Workflows.Runtime.Tests;

public sealed class SqliteHumanTaskTests() : HumanTaskTests(DatabaseProvider.Sqlite);

public sealed class PostgresHumanTaskTests() : HumanTaskTests(DatabaseProvider.Postgres);

/// <summary>Human tasks through the durable runtime: opened and closed in the run's own transaction.</summary>
public abstract class HumanTaskTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [SkippableFact]
    public async Task Two_tasks_run_end_to_end_each_saved_with_the_run_that_opened_or_closed_it()
    {
        await using var database = await DatabaseAsync();
        var store = new RecordingStore();
        using var host = new TestHost(database, tasks: store);
        var definitionId = await host.PublishAsync(Workflows.TwoHumanTasks("review-and-sign"));

        var started = await host.Runtime.ExecuteAsync(definitionId, new StartRequest { CorrelationId = "СО-7" });
        var review = Assert.Single(Assert.Single(store.Runs).Opened);
        var approved = await host.Runtime.CompleteHumanTaskAsync(review.TaskId, "approve",
            new JsonObject { ["note"] = "пълно" }, "clerk-1");
        var sign = Assert.Single(store.Runs[1].Opened);
        var again = await host.Runtime.CompleteHumanTaskAsync(review.TaskId, "approve", null, "clerk-2");
        var signed = await host.Runtime.CompleteHumanTaskAsync(sign.TaskId, "signed", null, "head-1");

        Assert.Equal("Преглед по СО-7", review.Title);
        Assert.Equal(["Приемна"], review.CandidateGroups);
        Assert.Equal(("Подпис", "head-1"), (sign.Title, sign.Assignee));
        Assert.Equal((review.TaskId, "clerk-1"),
            (Assert.Single(store.Runs[1].Closed).TaskId, store.Runs[1].Closed[0].CompletedBy));
        Assert.Single(approved.Resumed);
        Assert.Empty(again.Resumed);
        Assert.Equal(started.Instance.Id, Assert.Single(signed.Resumed).Instance.Id);
        Assert.True(signed.Resumed[0].Instance.IsFinished);
        Assert.Equal(["signed"], host.Lines);
        Assert.All(store.Runs, r => Assert.True(r.SawItsInstance, "the store ran outside the run's transaction"));
    }

    [SkippableFact]
    public async Task Cancelling_an_instance_closes_its_open_task_as_cancelled()
    {
        await using var database = await DatabaseAsync();
        var store = new RecordingStore();
        using var host = new TestHost(database, tasks: store);
        var definitionId = await host.PublishAsync(Workflows.TwoHumanTasks("cancelled-review"));
        var started = await host.Runtime.ExecuteAsync(definitionId, new StartRequest { CorrelationId = "СО-8" });
        var review = Assert.Single(store.Runs[0].Opened);

        var cancelled = await host.Runtime.CancelAsync(started.Instance.Id);

        Assert.True(cancelled);
        var closing = Assert.Single(store.Runs[1].Closed);
        Assert.Equal((review.TaskId, true, false), (closing.TaskId, closing.Cancelled, closing.Overdue));
    }

    [SkippableFact]
    public async Task A_store_that_fails_undoes_the_run()
    {
        await using var database = await DatabaseAsync();
        using var host = new TestHost(database, tasks: new RecordingStore { Fail = true });
        var definitionId = await host.PublishAsync(Workflows.TwoHumanTasks("failing-store"));

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.Runtime.ExecuteAsync(definitionId, new StartRequest { InstanceId = "i-failing" }));

        Assert.Null(await host.Runtime.LoadInstanceAsync("i-failing"));
    }

    private sealed class RecordingStore : IHumanTaskStore
    {
        public bool Fail { get; init; }

        public List<(IReadOnlyList<Engine.Activities.Tasks.HumanTaskRequest> Opened,
            IReadOnlyList<Engine.Activities.Tasks.HumanTaskClosing> Closed, bool SawItsInstance)> Runs { get; } = [];

        public async Task SaveAsync(RunTasks tasks, DbConnection connection, DbTransaction transaction,
            CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new InvalidOperationException("the task list is unavailable");
            }

            // Inside the run's transaction the instance's row is visible, even a new one not yet committed.
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT COUNT(*) FROM workflow_instances WHERE \"Id\" = @id";
            var id = command.CreateParameter();
            id.ParameterName = "id";
            id.Value = tasks.InstanceId;
            command.Parameters.Add(id);
            var seen = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken),
                System.Globalization.CultureInfo.InvariantCulture) == 1;
            Runs.Add(([.. tasks.Opened], [.. tasks.Closed], seen));
        }
    }
}
