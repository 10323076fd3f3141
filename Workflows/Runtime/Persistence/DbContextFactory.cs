using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseSystem.Workflows.Runtime.Persistence;

/// <summary>Which database the runtime uses, and how to reach it.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Creates the runtime's contexts for the configured database, and brings its schema up to date.</summary>
public sealed class WorkflowDbContextFactory
{
    private readonly DbContextOptions _options;

    public WorkflowDbContextFactory(DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);

        Provider = provider;
        ConnectionString = connectionString;
        _options = provider switch
        {
            DatabaseProvider.Sqlite => new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
                .UseSqlite(connectionString)
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.AmbientTransactionWarning))
                .Options,
            _ => new DbContextOptionsBuilder<PostgresWorkflowDbContext>()
                .UseNpgsql(connectionString)
                .Options,
        };
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public WorkflowDbContext Create() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteWorkflowDbContext((DbContextOptions<SqliteWorkflowDbContext>)_options),
        _ => new PostgresWorkflowDbContext((DbContextOptions<PostgresWorkflowDbContext>)_options),
    };

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
