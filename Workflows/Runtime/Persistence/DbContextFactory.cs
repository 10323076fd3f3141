using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CaseSystem.Workflows.Runtime.Persistence;

/// <summary>Which database the runtime uses, and how to reach it.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Creates the runtime's contexts for the configured database, and brings its schema up to date. Contexts come
/// from a pool: a run takes one for its transaction and gives it back, so the services a context needs are
/// built once, not once a run.
/// </summary>
public sealed class WorkflowDbContextFactory
{
    private readonly Func<WorkflowDbContext> _create;

    public WorkflowDbContextFactory(DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);

        Provider = provider;
        ConnectionString = connectionString;
        if (provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new PooledDbContextFactory<SqliteWorkflowDbContext>(
                new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
                    .UseSqlite(connectionString)
                    .ConfigureWarnings(w => w.Ignore(RelationalEventId.AmbientTransactionWarning))
                    .Options);
            _create = sqlite.CreateDbContext;
        }
        else
        {
            var postgres = new PooledDbContextFactory<PostgresWorkflowDbContext>(
                new DbContextOptionsBuilder<PostgresWorkflowDbContext>()
                    .UseNpgsql(TunedPostgresConnectionString(connectionString))
                    .Options);
            _create = postgres.CreateDbContext;
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>
    /// Runs send the same few statements again and again. Unless the connection string says otherwise, Npgsql
    /// prepares them on each connection once they repeat, so the server parses and plans each once; and a
    /// connection going back to the pool is not reset, which would cost seven statements each time. The runtime
    /// leaves no session state behind: its only lock is transaction-scoped and it sets no parameters.
    /// </summary>
    public static string TunedPostgresConnectionString(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var given = connectionString.Replace(" ", "", StringComparison.Ordinal);
        if (!given.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 32;
        }

        if (!given.Contains("ResetOnClose", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    public string ConnectionString { get; }

    public WorkflowDbContext Create()
    {
        var db = _create();

        // Runs commit in transactions of their own; savepoints around each save would only add round trips.
        // (A pooled context is reset when it comes back, so this is set on every rental.)
        db.Database.AutoSavepointsEnabled = false;
        return db;
    }

    /// <summary>Applies every pending migration; on SQLite also turns on write-ahead logging.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = Create();
        await db.Database.MigrateAsync(cancellationToken);
        if (Provider == DatabaseProvider.Sqlite)
        {
            // Readers then never wait for the writer, and the writer never waits for readers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
