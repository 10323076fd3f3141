using System.Text;
using CaseSystem.Tasks.Bench.Seeding;
using Npgsql;

namespace CaseSystem.Tasks.Bench.Measuring;

/// <summary>
/// EXPERIMENTAL: the "my groups" page in the shape proposed to replace <c>TaskService.ListAsync</c>'s, over
/// <see cref="ExperimentalIndex"/>, sent as plain SQL because the model has no <c>Claimable</c> column: the count,
/// then the page, two round trips as <c>ListAsync</c> makes. Claimable rows name open, unclaimed tasks only, and a
/// candidate of the clerk's department or the clerk is one the clerk may see, so neither the self-join nor the
/// visibility test is needed.
/// </summary>
internal sealed class ProposedMyGroups(string connectionString) : IAsyncDisposable
{
    private const string Claimable =
        """
        SELECT "TaskId" FROM human_task_candidates
        WHERE "Claimable" AND "Kind" = 'group' AND "Value" = ANY ($1)
        UNION
        SELECT "TaskId" FROM human_task_candidates
        WHERE "Claimable" AND "Kind" = 'user' AND "Value" = $2
        """;

    public const string CountSql = "SELECT count(*)::int FROM (" + Claimable + ") c";

    public const string PageSql =
        "SELECT * FROM human_tasks WHERE \"Id\" IN (" + Claimable + ")\n" +
        "ORDER BY \"DueAt\" IS NULL, \"DueAt\", \"CreatedAt\", \"Id\" LIMIT 25";

    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    /// <returns>How many tasks match in all.</returns>
    public async Task<int> ListAsync(Population population, int user) => (await PageAsync(population, user)).Total;

    /// <summary>How many tasks match in all, and the ids of the first page's, every column of which is read.
    /// </summary>
    public async Task<(int Total, IReadOnlyList<string> Ids)> PageAsync(Population population, int user)
    {
        int total;
        await using (var count = Command(CountSql, population, user))
        {
            total = (int)(await count.ExecuteScalarAsync())!;
        }

        var ids = new List<string>();
        await using var page = Command(PageSql, population, user);
        await using var reader = await page.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            ids.Add(reader.GetString(reader.GetOrdinal("Id")));
        }

        return (total, ids);
    }

    /// <summary>
    /// Whether the proposed shape answers as <c>ListAsync</c> does, for the first <paramref name="clerks"/>
    /// clerks: the same total and the same page, in the same order.
    /// </summary>
    public async Task<string> CompareAsync(InboxQueries inbox, Population population, int clerks)
    {
        ArgumentNullException.ThrowIfNull(inbox);

        var same = 0;
        for (var user = 1; user <= clerks; user++)
        {
            var expected = await inbox.ListAsync(InboxQueries.Clerk(population, user), InboxQueries.MyGroups);
            var (total, ids) = await PageAsync(population, user);
            if (total == expected.Total && ids.SequenceEqual(expected.Items.Select(t => t.Id), StringComparer.Ordinal))
            {
                same++;
            }
        }

        return $"The proposed shape answered as ListAsync (same total, same page in the same order) for {same} of " +
            $"the first {clerks} clerks.";
    }

    public async Task<string> ExplainAsync(Population population, int user)
    {
        var text = new StringBuilder();
        foreach (var sql in new[] { CountSql, PageSql })
        {
            text.AppendLine("-- my groups, EXPERIMENTAL proposed shape, " + Population.UserName(user))
                .AppendLine(sql)
                .AppendLine();
            await using var explain = Command("EXPLAIN (ANALYZE, BUFFERS) " + sql, population, user);
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private NpgsqlCommand Command(string sql, Population population, int user)
    {
        var command = _source.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = new[] { population.DepartmentOf(user) } });
        command.Parameters.Add(new NpgsqlParameter { Value = Population.UserName(user) });
        return command;
    }
}
