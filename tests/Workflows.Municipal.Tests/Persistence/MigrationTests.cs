using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Tests.Persistence;

/// <summary>The migrations the host applies, on each database.</summary>
public abstract class MigrationTests(bool postgres)
{
    [SkippableFact]
    public async Task Migrations_leave_nothing_pending_and_are_recorded_in_their_own_history_table()
    {
        await using var database = await TestDatabase.CreateAsync(postgres);
        await using var db = database.CreateContext();

        var pending = await db.Database.GetPendingMigrationsAsync();
        var recorded = await db.Database.SqlQueryRaw<string>(
            $"SELECT \"MigrationId\" AS \"Value\" FROM \"{MunicipalDbContext.MigrationsHistoryTable}\"").ToListAsync();

        Assert.Empty(pending);
        Assert.Equal(db.Database.GetMigrations(), recorded);
    }

    [SkippableFact]
    public async Task Every_table_can_be_queried()
    {
        await using var database = await TestDatabase.CreateAsync(postgres);
        await using var db = database.CreateContext();

        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Equal(0, await db.StatusHistory.CountAsync());
        Assert.Equal(0, await db.RegisterEntries.CountAsync());
        Assert.Equal(0, await db.RegisterSequences.CountAsync());
    }
}

public sealed class SqliteMigrationTests() : MigrationTests(postgres: false);

public sealed class PostgresMigrationTests() : MigrationTests(postgres: true);
