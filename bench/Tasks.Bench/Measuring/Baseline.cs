using Npgsql;

namespace CaseSystem.Tasks.Bench.Measuring;

/// <summary>
/// The floors the inbox's figures are divided by, through bare Npgsql on a pool of its own: a <c>SELECT 1</c>
/// round trip, and one whole <c>human_tasks</c> row read by primary key.
/// </summary>
internal sealed class Baseline : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly string[] _ids;

    private Baseline(NpgsqlDataSource source, string[] ids)
    {
        _source = source;
        _ids = ids;
    }

    public static async Task<Baseline> CreateAsync(string connectionString)
    {
        var source = NpgsqlDataSource.Create(connectionString);
        var ids = new List<string>();
        await using (var command = source.CreateCommand(
            "SELECT \"Id\" FROM human_tasks TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT 5000"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }
        }

        return new Baseline(source, [.. ids]);
    }

    public async Task<int> SelectOneAsync()
    {
        await using var command = _source.CreateCommand("SELECT 1");
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Reads every column of the row, as materialising a task would.</summary>
    public async Task<int> TaskByIdAsync(int index)
    {
        await using var command = _source.CreateCommand("SELECT * FROM human_tasks WHERE \"Id\" = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = _ids[index % _ids.Length] });
        await using var reader = await command.ExecuteReaderAsync();
        var columns = 0;
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                columns += reader.IsDBNull(i) ? 0 : reader.GetValue(i) is null ? 0 : 1;
            }
        }

        return columns;
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
