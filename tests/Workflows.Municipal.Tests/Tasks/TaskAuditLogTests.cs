using CaseSystem.Workflows.Municipal.Tasks;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Tests.Tasks;

public sealed class SqliteTaskAuditLogTests() : TaskAuditLogTests(postgres: false);

public sealed class PostgresTaskAuditLogTests() : TaskAuditLogTests(postgres: true);

/// <summary>The audit log is append-only: the context and the database both refuse to change or remove entries.
/// </summary>
public abstract class TaskAuditLogTests(bool postgres) : TaskHarnessTests(postgres)
{
    public override async Task InitializeAsync()
    {
        await StartHarnessAsync();
        var definitionId = await Harness.PublishAsync(TaskWorkflows.ReviewAndSign("review-audit"));
        await Harness.Runtime.ExecuteAsync(definitionId, new StartRequest { CorrelationId = "СО-9" });
    }

    [SkippableFact]
    public async Task The_context_refuses_to_save_a_changed_audit_entry()
    {
        var db = Harness.Context();
        var entry = await db.TaskAudit.SingleAsync();

        entry.Actor = "someone-else";
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(TaskActions.System, (await Harness.Context().TaskAudit.SingleAsync()).Actor);
    }

    [SkippableFact]
    public async Task The_context_refuses_to_save_a_removed_audit_entry()
    {
        var db = Harness.Context();
        db.TaskAudit.Remove(await db.TaskAudit.SingleAsync());

        var error = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

        Assert.Contains("cannot be deleted", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Harness.Context().TaskAudit.CountAsync());
    }

    [SkippableFact]
    public async Task The_database_refuses_an_update_that_goes_around_the_context()
    {
        var db = Harness.Context();

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.TaskAudit
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, "someone-else")));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(TaskActions.System, (await Harness.Context().TaskAudit.SingleAsync()).Actor);
    }

    [SkippableFact]
    public async Task The_database_refuses_a_delete_that_goes_around_the_context()
    {
        var db = Harness.Context();

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(
            () => db.Database.ExecuteSqlRawAsync("DELETE FROM human_task_audit"));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Harness.Context().TaskAudit.CountAsync());
    }

    [SkippableFact]
    public async Task Appending_still_works()
    {
        var actor = new TaskActor("clerk-a", ["Приемна"], false, false);
        var task = Assert.Single((await Harness.Service().ListAsync(actor, new TaskFilter())).Items);

        await Harness.Service().ClaimAsync(actor, task.Id);
        await Harness.Service().CommentAsync(actor, task.Id, "Проверено.");

        Assert.Equal(["opened", "claimed", "commented"],
            (await Harness.Service().GetAsync(actor, task.Id)).History.Select(h => h.Action));
    }
}
