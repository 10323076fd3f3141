using Npgsql;

namespace CaseSystem.Runtime.Bench.Database;

/// <summary>
/// What the server counted for one database at a moment: transactions ended, the WAL position, and the
/// statements pg_stat_statements saw. Read a second time with the first as <c>since</c>, it holds the differences,
/// and also the commit records written to the WAL in between: the commits that wrote, each of which waited for its
/// WAL flush (read-only transactions write none).
/// </summary>
internal sealed record ServerCounters(
    long Commits,
    string WalPosition,
    long WalBytes,
    long DurableCommits,
    IReadOnlyDictionary<long, StatementCount> Statements)
{
    /// <summary>
    /// Reads the counters once no other session is connected to the database. A backend sends its pending
    /// statistics when it exits, and otherwise only every few seconds, so pools are emptied first and the reading
    /// waits for their backends to go; the reading's own transaction counts once, in the next reading.
    /// </summary>
    public static async Task<ServerCounters> ReadAsync(string connectionString, ServerCounters? since = null)
    {
        NpgsqlConnection.ClearAllPools();
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync();
        await WaitForOtherSessionsAsync(connection);

        // Every commit that wrote has been flushed before it returned, so the flushed position covers them all.
        await using var totals = new NpgsqlCommand(
            """
            SELECT d.xact_commit, pg_current_wal_flush_lsn()::text, pg_current_wal_flush_lsn() - '0/0'::pg_lsn,
                   CASE WHEN $1::pg_lsn IS NULL THEN 0 ELSE (
                       SELECT coalesce(sum(w.count), 0)::bigint
                       FROM pg_get_wal_stats($1::pg_lsn, pg_current_wal_flush_lsn(), true) w
                       WHERE w."resource_manager/record_type" = 'Transaction/COMMIT') END
            FROM pg_stat_database d WHERE d.datname = current_database()
            """, connection);
        totals.Parameters.Add(new NpgsqlParameter { Value = (object?)since?.WalPosition ?? DBNull.Value });
        await using var reader = await totals.ExecuteReaderAsync();
        await reader.ReadAsync();
        var now = new ServerCounters(reader.GetInt64(0), reader.GetString(1), (long)reader.GetDecimal(2),
            reader.GetInt64(3), new Dictionary<long, StatementCount>());
        await reader.CloseAsync();

        now = now with { Statements = await ReadStatementsAsync(connection) };
        return since is null ? now : now.Since(since);
    }

    private ServerCounters Since(ServerCounters before)
    {
        var statements = new Dictionary<long, StatementCount>();
        foreach (var (id, now) in Statements)
        {
            var then = before.Statements.GetValueOrDefault(id);
            if (now.Calls > (then?.Calls ?? 0))
            {
                statements[id] = now with
                {
                    Calls = now.Calls - (then?.Calls ?? 0),
                    Milliseconds = now.Milliseconds - (then?.Milliseconds ?? 0),
                };
            }
        }

        return this with
        {
            Commits = Commits - before.Commits,
            WalBytes = WalBytes - before.WalBytes,
            Statements = statements,
        };
    }

    private static async Task WaitForOtherSessionsAsync(NpgsqlConnection connection)
    {
        await using var others = new NpgsqlCommand(
            """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
            """, connection);
        for (var attempt = 0; (long)(await others.ExecuteScalarAsync())! > 0; attempt++)
        {
            if (attempt == 200)
            {
                throw new InvalidOperationException("Other sessions stayed connected; their counts would be missing.");
            }

            await Task.Delay(25);
        }
    }

    private static async Task<Dictionary<long, StatementCount>> ReadStatementsAsync(NpgsqlConnection connection)
    {
        // The readings' own statements are left out: they name the statistics views and functions.
        await using var command = new NpgsqlCommand(
            """
            SELECT s.queryid, s.query, s.calls, s.total_exec_time
            FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
            WHERE d.datname = current_database() AND s.query NOT LIKE '%pg\_stat%'
              AND s.query NOT LIKE '%pg\_current\_wal%'
            """, connection);
        var statements = new Dictionary<long, StatementCount>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt64(0);
            var count = new StatementCount(reader.GetString(1), reader.GetInt64(2), reader.GetDouble(3));
            statements[id] = statements.TryGetValue(id, out var same)
                ? same with { Calls = same.Calls + count.Calls, Milliseconds = same.Milliseconds + count.Milliseconds }
                : count;
        }

        return statements;
    }
}

/// <summary>How often the server ran one normalised statement, and for how long in total.</summary>
internal sealed record StatementCount(string Query, long Calls, double Milliseconds);
