using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CaseSystem.Workflows.Runtime.Persistence;

/// <summary>Production: PostgreSQL, shared by every host.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options)
    : WorkflowDbContext(options)
{
    // A transaction-scoped advisory lock: released by the commit or rollback that ends the run, and by the
    // server if the host dies, so no instance stays locked by a dead host.
    public override Task LockInstanceAsync(string instanceId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({instanceId}, 0))", cancellationToken);

    private const string InstanceColumns = """
        "Id", "DefinitionId", "DefinitionVersionId", "Version", "Name", "CorrelationId", "Status", "SubStatus",
        "CreatedAt", "UpdatedAt", "FinishedAt", "IncidentCount", "ParentInstanceId", "State", "Revision"
        """;

    // One statement, and no LINQ to translate: a run's hottest query. The row lock serialises runs of the
    // instance as the advisory lock would; an instance being created is locked with the advisory lock instead,
    // since it has no row yet. The row stays out of the change tracker: most runs write it in a batch of their own
    // (WriteRunAsync), and the others hand it to the tracker when they save.
    public override async Task<InstanceRecord?> LoadInstanceForRunAsync(string instanceId,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""SELECT {InstanceColumns} FROM workflow_instances WHERE "Id" = $1 FOR UPDATE""",
            Connection, Transaction) { Parameters = { new() { Value = instanceId } } };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadInstance(reader) : null;
    }

    // The lookup and the first instance's row lock in one round trip: two statements in one batch. The second
    // finds the first bookmark again in a snapshot of its own; if a concurrent run removed it meanwhile, the row
    // it locked may belong to another instance, and the first match's row is then loaded on its own.
    public override async Task<(List<BookmarkMatch> Matches, InstanceRecord? First)> FindBookmarksAndLoadFirstAsync(
        string hash, string? instanceId, string? correlationId, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { hash };
        var where = "\"Hash\" = $1";
        foreach (var (column, value) in new[] { ("InstanceId", instanceId), ("CorrelationId", correlationId) })
        {
            if (value is not null)
            {
                parameters.Add(value);
                where += $" AND \"{column}\" = ${parameters.Count}";
            }
        }

        var lookup = $"""SELECT "InstanceId", "Id" FROM bookmarks WHERE {where} ORDER BY "CreatedAt", "Id" """;

        await using var batch = new NpgsqlBatch(Connection, Transaction)
        {
            BatchCommands =
            {
                WithParameters(new NpgsqlBatchCommand(lookup), parameters),
                WithParameters(new NpgsqlBatchCommand($"""
                    SELECT {InstanceColumns} FROM workflow_instances
                    WHERE "Id" = (SELECT "InstanceId" FROM ({lookup} LIMIT 1) AS first) FOR UPDATE
                    """), parameters),
            },
        };

        var matches = new List<BookmarkMatch>();
        InstanceRecord? first = null;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                matches.Add(new BookmarkMatch(reader.GetString(0), reader.GetString(1)));
            }

            await reader.NextResultAsync(cancellationToken);
            if (matches.Count > 0 && await reader.ReadAsync(cancellationToken)
                && reader.GetString(0) == matches[0].InstanceId)
            {
                first = ReadInstance(reader);
            }
        }

        if (matches.Count > 0 && first is null)
        {
            first = await LoadInstanceForRunAsync(matches[0].InstanceId, cancellationToken);
        }

        return (matches, first);
    }

    // The run's rows as one batch of plain statements: one round trip, and none of the change tracker's work of
    // snapshotting, comparing and generating SQL, which cost more client time than the run itself. When the run
    // writes nothing else, the batch ends with COMMIT, so the run costs one round trip less. Statements after one
    // that fails are not executed: a failed batch never commits.
    public override bool WritesRunsDirectly => true;

    /// <summary>The text the revision check fails with; see <see cref="WriteRunAsync"/>.</summary>
    private const string StaleRevision = "rows at the revision the run loaded";

    public override async Task WriteRunAsync(RunWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);

        var i = write.Instance;
        await using var batch = new NpgsqlBatch(Connection, Transaction);

        // The revision check must fail inside the batch, before its COMMIT: when the row is not at the revision
        // the run loaded, the cast of the count's text (never taken otherwise) fails the statement.
        batch.BatchCommands.Add(write.IsNew
            ? Command($"""
                INSERT INTO workflow_instances ({InstanceColumns})
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                """,
                i.Id, i.DefinitionId, i.DefinitionVersionId, i.Version, i.Name, i.CorrelationId, i.Status,
                i.SubStatus, i.CreatedAt, i.UpdatedAt, i.FinishedAt, i.IncidentCount, i.ParentInstanceId, i.State,
                i.Revision)
            : Command($"""
                WITH updated AS (
                    UPDATE workflow_instances SET "Name" = $2, "CorrelationId" = $3, "Status" = $4, "SubStatus" = $5,
                        "UpdatedAt" = $6, "FinishedAt" = $7, "IncidentCount" = $8, "State" = $9, "Revision" = $10
                    WHERE "Id" = $1 AND "Revision" = $11
                    RETURNING 1)
                SELECT CASE WHEN count(*) = 1 THEN 1 ELSE (count(*) || ' {StaleRevision}')::int END FROM updated
                """,
                i.Id, i.Name, i.CorrelationId, i.Status, i.SubStatus, i.UpdatedAt, i.FinishedAt, i.IncidentCount,
                i.State, i.Revision, i.Revision - 1));

        if (write.RemovedBookmarks.Count > 0)
        {
            batch.BatchCommands.Add(Command("""DELETE FROM bookmarks WHERE "Id" = ANY($1)""",
                (object)write.RemovedBookmarks.ToArray()));
        }

        foreach (var b in write.NewBookmarks)
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO bookmarks ("Id", "InstanceId", "Name", "Hash", "Payload", "ActivityId", "CorrelationId",
                    "CreatedAt", "ResumeAt", "JobId")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """, b.Id, b.InstanceId, b.Name, b.Hash, b.Payload, b.ActivityId, b.CorrelationId, b.CreatedAt,
                b.ResumeAt, b.JobId));
        }

        if (write.Journal is { } j)
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO journal ("InstanceId", "FirstSequence", "LastSequence", "CreatedAt", "Entries")
                VALUES ($1, $2, $3, $4, $5)
                """, j.InstanceId, j.FirstSequence, j.LastSequence, j.CreatedAt, j.Entries));
        }

        if (write.Commits)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidTextRepresentation
            && e.MessageText.Contains(StaleRevision, StringComparison.Ordinal))
        {
            throw new DbUpdateConcurrencyException(
                $"Instance {i.Id} changed while it ran (revision {i.Revision - 1} is gone); its run is not saved.", e);
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    private NpgsqlConnection Connection => (NpgsqlConnection)Database.GetDbConnection();

    private NpgsqlTransaction? Transaction => (NpgsqlTransaction?)Database.CurrentTransaction?.GetDbTransaction();

    private static NpgsqlBatchCommand WithParameters(NpgsqlBatchCommand command, List<object> values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    /// <summary>The instance's row at the reader, untracked.</summary>
    private static InstanceRecord ReadInstance(NpgsqlDataReader reader) =>
        new()
        {
            Id = reader.GetString(0),
            DefinitionId = reader.GetString(1),
            DefinitionVersionId = reader.GetString(2),
            Version = reader.GetInt32(3),
            Name = reader.IsDBNull(4) ? null : reader.GetString(4),
            CorrelationId = reader.IsDBNull(5) ? null : reader.GetString(5),
            Status = reader.GetString(6),
            SubStatus = reader.GetString(7),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(8),
            UpdatedAt = reader.GetFieldValue<DateTimeOffset>(9),
            FinishedAt = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
            IncidentCount = reader.GetInt32(11),
            ParentInstanceId = reader.IsDBNull(12) ? null : reader.GetString(12),
            State = reader.GetString(13),
            Revision = reader.GetInt64(14),
        };

    public override IAsyncEnumerable<BookmarkMatch> FindBookmarks(string hash, string? instanceId,
        string? correlationId) => BookmarkLookup<PostgresWorkflowDbContext>.Find(this, hash, instanceId, correlationId);

    protected override string Filter(string booleanColumn) => $"\"{booleanColumn}\"";
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context.</summary>
internal sealed class PostgresWorkflowDbContextFactory : IDesignTimeDbContextFactory<PostgresWorkflowDbContext>
{
    public PostgresWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql("Host=localhost").Options);
}
