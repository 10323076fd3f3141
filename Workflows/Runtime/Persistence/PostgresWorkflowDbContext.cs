using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseSystem.Workflows.Runtime.Persistence;

/// <summary>Production: PostgreSQL, shared by every host.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options)
    : WorkflowDbContext(options)
{
    // A transaction-scoped advisory lock: released by the commit or rollback that ends the run, and by the
    // server if the host dies, so no instance stays locked by a dead host.
    public override Task LockInstanceAsync(string instanceId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({instanceId}, 0))", cancellationToken);

    // One statement, and no LINQ to translate: a run's hottest query. The row lock serialises runs of the
    // instance as the advisory lock would; an instance being created is locked with the advisory lock instead,
    // since it has no row yet. The row is attached, so the run's save updates it with its revision checked.
    public override async Task<InstanceRecord?> LoadInstanceForRunAsync(string instanceId,
        CancellationToken cancellationToken)
    {
        var connection = Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            SELECT "Id", "DefinitionId", "DefinitionVersionId", "Version", "Name", "CorrelationId", "Status",
                   "SubStatus", "CreatedAt", "UpdatedAt", "FinishedAt", "IncidentCount", "ParentInstanceId", "State",
                   "Revision"
            FROM workflow_instances WHERE "Id" = @id FOR UPDATE
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = instanceId;
        command.Parameters.Add(parameter);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var record = new InstanceRecord
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

        Instances.Attach(record);
        return record;
    }

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
