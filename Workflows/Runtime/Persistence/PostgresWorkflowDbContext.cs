using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseSystem.Workflows.Runtime.Persistence;

/// <summary>Production: PostgreSQL, shared by every host.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options)
    : WorkflowDbContext(options)
{
    // A transaction-scoped advisory lock: released by the commit or rollback that ends the run, and by the
    // server if the host dies, so no instance stays locked by a dead host.
    public override Task LockInstanceAsync(string instanceId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({instanceId}, 0))", cancellationToken);

    // One statement: the row lock serialises runs of the instance as the advisory lock would. An instance
    // being created is locked with the advisory lock instead, since it has no row yet.
    public override Task<InstanceRecord?> LoadInstanceForRunAsync(string instanceId,
        CancellationToken cancellationToken) =>
        Instances.FromSql($"SELECT * FROM workflow_instances WHERE \"Id\" = {instanceId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);

    protected override string Filter(string booleanColumn) => $"\"{booleanColumn}\"";
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context.</summary>
internal sealed class PostgresWorkflowDbContextFactory : IDesignTimeDbContextFactory<PostgresWorkflowDbContext>
{
    public PostgresWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql("Host=localhost").Options);
}
