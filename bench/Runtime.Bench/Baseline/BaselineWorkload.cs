using System.Text;
using Npgsql;

namespace CaseSystem.Runtime.Bench.Baseline;

/// <summary>
/// The floor for a durable run, through Npgsql alone: one transaction that upserts a 2 KB JSON document under a
/// new id and inserts one journal row, nothing else. Tuned, its connections have the runtime's settings (statements
/// prepared once they repeat, no reset on return to the pool), so the runtime gains nothing from them over it;
/// otherwise Npgsql's defaults, as the baseline reads.
/// </summary>
internal sealed class BaselineWorkload(string given, bool tuned) : IWorkload
{
    private readonly string _connectionString = tuned
        ? Workflows.Runtime.Persistence.WorkflowDbContextFactory.TunedPostgresConnectionString(given)
        : given;

    private const string Upsert =
        """
        INSERT INTO baseline_documents (id, document, updated_at) VALUES ($1, $2, now())
        ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at
        """;

    private const string Journal =
        "INSERT INTO baseline_journal (document_id, kind, at) VALUES ($1, 'Completed', now())";

    public Task SetUpAsync(int count, int workers) => Database.BenchDatabase.ClearBaselineAsync(_connectionString);

    public async Task<bool> RunAsync(int index)
    {
        var id = Guid.CreateVersion7().ToString("N");
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        await using (var upsert = new NpgsqlCommand(Upsert, connection, transaction))
        {
            upsert.Parameters.Add(new NpgsqlParameter { Value = id });
            upsert.Parameters.Add(new NpgsqlParameter { Value = Document(id) });
            await upsert.ExecuteNonQueryAsync();
        }

        await using (var journal = new NpgsqlCommand(Journal, connection, transaction))
        {
            journal.Parameters.Add(new NpgsqlParameter { Value = id });
            await journal.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return true;
    }

    public Task<long> CountRowsAsync() => Database.BenchDatabase.CountRowsAsync(_connectionString, "baseline_documents");

    public void Dispose()
    {
        // Nothing to release: connections go back to the pool they came from.
    }

    /// <summary>A JSON document of about 2 KB: an instance's id, a few fields and thirty variables.</summary>
    public static string Document(string id)
    {
        var json = new StringBuilder(2_200);
        json.Append("{\"id\":\"").Append(id).Append("\",\"definitionId\":\"bench-baseline\",\"version\":1,")
            .Append("\"status\":\"Finished\",\"subStatus\":\"Finished\",\"variables\":{");
        for (var i = 0; i < 30; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("\"variable").Append(i).Append("\":{\"type\":\"String\",")
                .Append("\"value\":\"").Append(id.AsSpan(i % 16, 16)).Append("\"}");
        }

        return json.Append("},\"bookmarks\":[],\"incidents\":[]}").ToString();
    }
}
