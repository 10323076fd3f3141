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

    protected override string Filter(string booleanColumn) => $"\"{booleanColumn}\"";
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context.</summary>
internal sealed class PostgresWorkflowDbContextFactory : IDesignTimeDbContextFactory<PostgresWorkflowDbContext>
{
    public PostgresWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql("Host=localhost").Options);
}
