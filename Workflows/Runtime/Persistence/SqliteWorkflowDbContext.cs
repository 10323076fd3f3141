using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseSystem.Workflows.Runtime.Persistence;

/// <summary>The embedded default: one SQLite file in the data folder.</summary>
public sealed class SqliteWorkflowDbContext(DbContextOptions<SqliteWorkflowDbContext> options)
    : WorkflowDbContext(options)
{
    // SQLite has one writer at a time, and its transactions here begin IMMEDIATE: the transaction that runs an
    // instance already holds the database's write lock, across threads and processes alike.
    public override Task LockInstanceAsync(string instanceId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override Task<InstanceRecord?> LoadInstanceForRunAsync(string instanceId,
        CancellationToken cancellationToken) =>
        Instances.SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot compare DateTimeOffset text; stored as a number, times sort and filter in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    public override IAsyncEnumerable<BookmarkMatch> FindBookmarks(string hash, string? instanceId,
        string? correlationId) => BookmarkLookup<SqliteWorkflowDbContext>.Find(this, hash, instanceId, correlationId);

    protected override string Filter(string booleanColumn) => $"\"{booleanColumn}\" = 1";
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context.</summary>
internal sealed class SqliteWorkflowDbContextFactory : IDesignTimeDbContextFactory<SqliteWorkflowDbContext>
{
    public SqliteWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkflowDbContext>().UseSqlite("Data Source=design.db").Options);
}
