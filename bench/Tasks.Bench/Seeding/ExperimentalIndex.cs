using Npgsql;

namespace CaseSystem.Tasks.Bench.Seeding;

/// <summary>
/// EXPERIMENTAL, not in the municipal migrations, created in the benchmark's own database only when asked
/// (<c>--experimental-index</c>): a <c>Claimable</c> flag on each candidate row, true while its task is open and
/// unclaimed, and a partial index of the claimable rows, so that "my groups" reads a department's claimable tasks
/// and nothing of the closed ones. Here the flag is filled once from the tasks; in the product the task store and
/// the inbox would keep it as they open, claim, release, reassign and close tasks.
/// </summary>
internal static class ExperimentalIndex
{
    public const string Ddl =
        """
        ALTER TABLE human_task_candidates ADD COLUMN IF NOT EXISTS "Claimable" boolean NOT NULL DEFAULT false;
        UPDATE human_task_candidates c SET "Claimable" = true
        FROM human_tasks t WHERE t."Id" = c."TaskId" AND t."State" = 'Open' AND t."Assignee" IS NULL;
        CREATE INDEX IF NOT EXISTS "IX_experimental_human_task_candidates_Claimable"
            ON human_task_candidates ("Kind", "Value", "TaskId") WHERE "Claimable";
        """;

    public static async Task CreateAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        // VACUUM runs outside a transaction, so apart from the DDL: the UPDATE rewrote every candidate row.
        foreach (var sql in new[] { Ddl, "VACUUM ANALYZE human_task_candidates", "CHECKPOINT" })
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync();
        }
    }
}
