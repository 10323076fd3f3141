using CaseSystem.Workflows.Runtime.Persistence;
using Npgsql;

namespace CaseSystem.Workflows.Runtime.Tests;

/// <summary>
/// A fresh database for one test: a SQLite file in a temporary folder, or a PostgreSQL database of its own on
/// the server the test script started (CASESYSTEM_TEST_POSTGRES holds its connection string).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CASESYSTEM_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _databaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("runtime-").FullName;
            var sqlite = new TestDatabase(
                provider, $"Data Source={Path.Combine(folder, "casesystem.db")}", folder, null);
            await sqlite.Factory().MigrateAsync();
            return sqlite;
        }

        var server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = $"t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var postgres = new TestDatabase(
            provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), null, name);
        await postgres.Factory().MigrateAsync();
        return postgres;
    }

    public WorkflowDbContextFactory Factory() => new(Provider, ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand(
                $"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
