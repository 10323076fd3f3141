using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseSystem.Tasks.Bench.Seeding;

/// <summary>
/// A fresh database with the municipal migrations and a million human tasks as a year or two of service leaves
/// them: 80% completed, 10% open and unclaimed in their department, 10% claimed (one in twenty of those delegated
/// to a colleague); deadlines of live tasks spread over 60 days either side of now, one task in ten without one;
/// every task a candidate of its department, one in twenty also naming a colleague as candidate user.
/// </summary>
internal static class TaskSeed
{
    private const int Chunk = 100_000;

    public static async Task MigrateAsync(string connectionString)
    {
        await using var db = new PostgresMunicipalDbContext(PostgresMunicipalDbContext.Options(connectionString));
        await db.Database.MigrateAsync();
    }

    public static async Task FillAsync(string connectionString, Population population, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(progress);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        // The same rows on every run.
        await ExecuteAsync(connection, "SELECT setseed(0.5)");
        for (var from = 1; from <= population.Tasks; from += Chunk)
        {
            var to = Math.Min(population.Tasks, from + Chunk - 1);
            await using var command = new NpgsqlCommand(TasksSql, connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("from", from);
            command.Parameters.AddWithValue("to", to);
            command.Parameters.AddWithValue("total", population.Tasks);
            command.Parameters.AddWithValue("users", population.Users);
            command.Parameters.AddWithValue("departments", population.Departments);
            await command.ExecuteNonQueryAsync();
            progress($"{to:N0} of {population.Tasks:N0} tasks");
        }

        // The candidate rows are the store's copy of the JSON lists, as MunicipalTaskStore writes both.
        await ExecuteAsync(connection,
            """
            INSERT INTO human_task_candidates ("TaskId", "Kind", "Value", "Claimable")
            SELECT "Id", 'group', "CandidateGroups"::jsonb ->> 0, "State" = 'Open' AND "Assignee" IS NULL
            FROM human_tasks
            UNION ALL
            SELECT "Id", 'user', "CandidateUsers"::jsonb ->> 0, "State" = 'Open' AND "Assignee" IS NULL
            FROM human_tasks WHERE "CandidateUsers" <> '[]'
            """);
        progress("candidates");

        // What autovacuum would have done by now; the fill's dirty pages written before anything is timed.
        await ExecuteAsync(connection, "VACUUM ANALYZE human_tasks");
        await ExecuteAsync(connection, "VACUUM ANALYZE human_task_candidates");
        await ExecuteAsync(connection, "CHECKPOINT");
        progress("vacuumed and analysed");
    }

    public static async Task<IReadOnlyList<(string What, long Rows)>> CountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT 'tasks ' || "State", count(*) FROM human_tasks GROUP BY "State"
            UNION ALL SELECT 'tasks delegated', count(*) FROM human_tasks WHERE "DelegatedTo" IS NOT NULL
            UNION ALL SELECT 'tasks without deadline', count(*) FROM human_tasks WHERE "DueAt" IS NULL
            UNION ALL SELECT 'candidates ' || "Kind", count(*) FROM human_task_candidates GROUP BY "Kind"
            UNION ALL SELECT 'human_tasks MB', pg_total_relation_size('human_tasks') / 1048576
            UNION ALL SELECT 'human_task_candidates MB', pg_total_relation_size('human_task_candidates') / 1048576
            ORDER BY 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            counts.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return counts;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    // Task n was created n minutes before the last one, so the ids (12 hex digits of milliseconds, then 20 random,
    // as the engine's) are time-ordered. The owner's department is the task's department.
    private const string TasksSql =
        """
        WITH r AS (
            SELECT g, random() AS s, random() AS d, random() AS x, random() AS p,
                   1 + floor(random() * @users)::int AS u,
                   now() - interval '1 minute' * (@total - g) - interval '1 hour' AS created
            FROM generate_series(@from, @to) g),
        k AS (
            SELECT r.*,
                   CASE WHEN s < 0.8 THEN 'Completed' WHEN s < 0.9 THEN 'Open' ELSE 'Claimed' END AS state,
                   s < 0.8 AS closed,
                   'user-' || lpad(u::text, 5, '0') || '@sofia.example' AS owner,
                   'dept-' || lpad((1 + (u - 1) % @departments)::text, 2, '0') AS department,
                   'user-' || lpad((1 + (u - 1 + @departments) % @users)::text, 5, '0') || '@sofia.example'
                       AS colleague,
                   lpad(to_hex((extract(epoch FROM created) * 1000)::bigint), 12, '0')
                       || substr(md5('t' || g), 1, 20) AS id,
                   (ARRAY['Заявление за строително разрешение',
                          'Удостоверение за адресна регистрация',
                          'Декларация за местни данъци',
                          'Искане за отсичане на дърво',
                          'Търговия на открито'])[1 + g % 5] || ' № ' || g AS title,
                   (ARRAY['building-permit', 'address-certificate', 'tax-declaration', 'tree-felling',
                          'street-trading'])[1 + g % 5] AS definition
            FROM r)
        INSERT INTO human_tasks ("Id", "InstanceId", "DefinitionId", "ActivityId", "CaseId", "Title",
            "Description", "Priority", "State", "Assignee", "CandidateGroups", "CandidateUsers", "DelegatedTo",
            "Outcomes", "Form", "FormData", "Outcome", "CreatedAt", "UpdatedAt", "DueAt", "RemindAt",
            "EscalateAtDue", "CompletedAt", "CompletedBy", "Version", "SearchText")
        SELECT id, substr(id, 1, 12) || substr(md5('i' || g), 1, 20), definition, 'review', gen_random_uuid(),
               title,
               'Преписка на ' || department || ': проверка на документите'
                   || ' и подготовка на отговор до заявителя.',
               CASE WHEN p < 0.05 THEN 'Low' WHEN p < 0.75 THEN 'Normal' WHEN p < 0.95 THEN 'High' ELSE 'Urgent' END,
               state,
               CASE WHEN state = 'Open' THEN NULL ELSE owner END,
               '["' || department || '"]',
               CASE WHEN x >= 0.90 AND x < 0.95 THEN '["' || colleague || '"]' ELSE '[]' END,
               CASE WHEN state = 'Claimed' AND x < 0.05 THEN colleague END,
               '["approve","reject"]',
               '[{"name":"note","type":"text","label":{"bg":"Бележка","en":"Note"},"required":false},'
                   || '{"name":"approved","type":"boolean","label":{"bg":"Одобрено","en":"Approved"}}]',
               CASE WHEN closed THEN '{"note":"Документите са в ред.","approved":true}' END,
               CASE WHEN closed THEN 'approve' END,
               created,
               CASE WHEN closed THEN created + interval '1 day' * (1 + d * 20) ELSE created END,
               CASE WHEN d < 0.1 THEN NULL
                    WHEN closed THEN created + interval '1 day' * (d * 30)
                    ELSE now() + interval '1 day' * ((d - 0.1) / 0.9 * 120 - 60) END,
               NULL, false,
               CASE WHEN closed THEN created + interval '1 day' * (1 + d * 20) END,
               CASE WHEN closed THEN owner END,
               CASE WHEN closed THEN 3 WHEN state = 'Claimed' THEN 2 ELSE 1 END,
               lower(title || E'\n' || 'Преписка на ' || department
                   || ': проверка на документите'
                   || ' и подготовка на отговор до заявителя.')
        FROM k
        """;
}
