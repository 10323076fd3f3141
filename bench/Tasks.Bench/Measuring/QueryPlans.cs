using System.Data.Common;
using System.Globalization;
using System.Text;
using CaseSystem.Tasks.Bench.Seeding;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CaseSystem.Tasks.Bench.Measuring;

/// <summary>
/// The SQL that <see cref="TaskService.ListAsync"/> sends (the count, then the page), caught as EF Core executes
/// it, and what PostgreSQL does with it: <c>EXPLAIN (ANALYZE, BUFFERS)</c> with the same parameters.
/// </summary>
internal static class QueryPlans
{
    public static async Task<string> ExplainAsync(string connectionString, Population population, int user,
        string label, TaskFilter filter)
    {
        var captured = new CapturedCommands();
        var options = new DbContextOptionsBuilder<PostgresMunicipalDbContext>(
                PostgresMunicipalDbContext.Options(connectionString))
            .AddInterceptors(captured)
            .Options;
        using (var inbox = new InboxQueries(connectionString, options))
        {
            await inbox.ListAsync(InboxQueries.Clerk(population, user), filter);
        }

        var text = new StringBuilder();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (sql, parameters) in captured.Commands)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                    $"-- {label}, {Population.UserName(user)} of {population.DepartmentOf(user)}")
                .AppendLine(sql)
                .AppendLine()
                .AppendLine("-- parameters: " + string.Join(", ", parameters.Select(Describe)));
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            explain.Parameters.AddRange(parameters);
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Describe(NpgsqlParameter parameter) => parameter.Value switch
    {
        System.Collections.IEnumerable values and not string =>
            $"{parameter.ParameterName} = {{{string.Join(", ", values.Cast<object>())}}}",
        var value => $"{parameter.ParameterName} = {value}",
    };

    private sealed class CapturedCommands : DbCommandInterceptor
    {
        public List<(string Sql, NpgsqlParameter[] Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText,
                command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
