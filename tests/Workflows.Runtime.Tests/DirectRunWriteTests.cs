using CaseSystem.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Runtime.Tests;

/// <summary>PostgreSQL's run write without the change tracker: what it stores, and a stale revision refused.</summary>
public sealed class DirectRunWriteTests() : DatabaseTests(DatabaseProvider.Postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task A_run_writes_its_row_bookmarks_and_journal_and_a_stale_revision_is_refused()
    {
        await using var database = await DatabaseAsync();
        var factory = database.Factory();
        var instance = new InstanceRecord
        {
            Id = "i-1", DefinitionId = "d", DefinitionVersionId = "d:1", Version = 1, CorrelationId = "СО-1",
            Status = "Running", SubStatus = "Suspended", CreatedAt = Now, UpdatedAt = Now, State = "{}",
            Revision = 1,
        };
        var bookmark = new BookmarkRecord
        {
            Id = "b-1", InstanceId = "i-1", Name = "Event", Hash = "h", ActivityId = "wait", CorrelationId = "СО-1",
            CreatedAt = Now,
        };
        var journal = new JournalBatchRecord
        {
            InstanceId = "i-1", FirstSequence = 1, LastSequence = 2, CreatedAt = Now, Entries = "[]",
        };

        await WriteAsync(factory, new RunWrite(instance, IsNew: true, [], [bookmark], journal));
        instance.SubStatus = "Finished";
        instance.FinishedAt = Now.AddMinutes(1);
        instance.Revision = 2;
        await WriteAsync(factory, new RunWrite(instance, IsNew: false, ["b-1"], [], null));
        instance.Revision = 2;
        var stale = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(
            () => WriteAsync(factory, new RunWrite(instance, IsNew: false, [], [], null)));

        await using var db = factory.Create();
        var row = await db.Instances.SingleAsync(i => i.Id == "i-1");
        Assert.Equal(("Finished", 2L, Now.AddMinutes(1)), (row.SubStatus, row.Revision, row.FinishedAt!.Value));
        Assert.Empty(await db.Bookmarks.ToListAsync());
        Assert.Equal(2, (await db.Journal.SingleAsync()).LastSequence);
        Assert.Contains("revision 1 is gone", stale.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_run_that_writes_nothing_else_commits_in_its_batch_and_a_stale_one_commits_nothing()
    {
        await using var database = await DatabaseAsync();
        var factory = database.Factory();
        var instance = new InstanceRecord
        {
            Id = "i-2", DefinitionId = "d", DefinitionVersionId = "d:1", Version = 1, Status = "Running",
            SubStatus = "Suspended", CreatedAt = Now, UpdatedAt = Now, State = "{}", Revision = 1,
        };
        var bookmark = new BookmarkRecord
        {
            Id = "b-2", InstanceId = "i-2", Name = "Event", Hash = "h", ActivityId = "wait", CreatedAt = Now,
        };
        var journal = new JournalBatchRecord
        {
            InstanceId = "i-2", FirstSequence = 3, LastSequence = 4, CreatedAt = Now, Entries = "[]",
        };

        await WriteWithoutCommitAsync(factory,
            new RunWrite(instance, IsNew: true, [], [bookmark], null, Commits: true));
        instance.Revision = 3;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => WriteWithoutCommitAsync(factory,
            new RunWrite(instance, IsNew: false, ["b-2"], [], journal, Commits: true)));

        await using var db = factory.Create();
        Assert.Equal(1L, (await db.Instances.SingleAsync(i => i.Id == "i-2")).Revision);
        Assert.Equal("b-2", (await db.Bookmarks.SingleAsync()).Id);
        Assert.Empty(await db.Journal.ToListAsync());
    }

    private static async Task WriteWithoutCommitAsync(WorkflowDbContextFactory factory, RunWrite write)
    {
        await using var db = factory.Create();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.WriteRunAsync(write, CancellationToken.None);
    }

    private static async Task WriteAsync(WorkflowDbContextFactory factory, RunWrite write)
    {
        await using var db = factory.Create();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.WriteRunAsync(write, CancellationToken.None);
        await transaction.CommitAsync();
    }
}
