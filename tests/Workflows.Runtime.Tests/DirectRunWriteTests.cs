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

    private static async Task WriteAsync(WorkflowDbContextFactory factory, RunWrite write)
    {
        await using var db = factory.Create();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.WriteRunAsync(write, CancellationToken.None);
        await transaction.CommitAsync();
    }
}
