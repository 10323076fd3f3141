using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseSystem.Workflows.Municipal.Tests.Persistence;

/// <summary>
/// A fresh database for one test, with every migration applied: a SQLite file in a temporary folder, or a
/// PostgreSQL database of its own on the server the test script started (CASESYSTEM_TEST_POSTGRES holds its
/// connection string; without it the PostgreSQL tests are skipped).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CASESYSTEM_TEST_POSTGRES";

    private readonly Func<MunicipalDbContext> _create;
    private readonly string? _folder;
    private readonly string? _databaseName;

    private TestDatabase(Func<MunicipalDbContext> create, string connectionString, string? folder,
        string? databaseName)
    {
        _create = create;
        ConnectionString = connectionString;
        _folder = folder;
        _databaseName = databaseName;
    }

    /// <summary>Where the database is, for the runtime's context when a test runs workflows in it too.</summary>
    public string ConnectionString { get; }

    public bool IsPostgres => _databaseName is not null;

    private static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable);

    public static async Task<TestDatabase> CreateAsync(bool postgres)
    {
        TestDatabase database;
        if (postgres)
        {
            var server = PostgresServer;
            Skip.If(server is null, $"{PostgresVariable} is not set: run the tests with scripts/test, which starts "
                + "PostgreSQL.");
            var name = $"m_{Guid.NewGuid():N}";
            await ExecuteAsync($"CREATE DATABASE {name}");
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            var options = PostgresMunicipalDbContext.Options(connectionString);
            database = new TestDatabase(() => new PostgresMunicipalDbContext(options), connectionString, null, name);
        }
        else
        {
            var folder = Directory.CreateTempSubdirectory("municipal-").FullName;
            var connectionString = $"Data Source={Path.Combine(folder, "casesystem.db")}";
            var options = SqliteMunicipalDbContext.Options(connectionString);
            database = new TestDatabase(() => new SqliteMunicipalDbContext(options), connectionString, folder, null);
        }

        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        if (!postgres)
        {
            // As the host runs it: readers never wait for the writer.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return database;
    }

    /// <summary>A new context, on a connection of its own.</summary>
    public MunicipalDbContext CreateContext() => _create();

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
