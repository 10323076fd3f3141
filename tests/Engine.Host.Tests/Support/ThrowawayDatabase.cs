using Npgsql;

namespace CaseSystem.Host.Tests.Support;

/// <summary>
/// A PostgreSQL database of a test's own on the server scripts/test started (<c>CASESYSTEM_TEST_POSTGRES</c>),
/// dropped when disposed. Tests skip without the server.
/// </summary>
internal sealed class ThrowawayDatabase : IAsyncDisposable
{
    public const string Variable = "CASESYSTEM_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    private ThrowawayDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    /// <summary>The new database's connection string, for <c>ConnectionStrings:Workflows</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>The settings that put a host on this database.</summary>
    public Dictionary<string, string?> HostSettings(string apiKey) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Workflows"] = ConnectionString,
        ["Api:Key"] = apiKey,
    };

    /// <summary>Creates a database named after <paramref name="purpose"/>; skips the test without a server.</summary>
    public static async Task<ThrowawayDatabase> CreateAsync(string purpose)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(server is null, $"{Variable} is not set: run the tests with scripts/test, which starts PostgreSQL.");
        var name = $"{purpose}_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        return new ThrowawayDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
