using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseSystem.DocumentStore.Documents;

/// <summary>The embedded default: the document tables in the data folder's SQLite file.</summary>
public sealed class SqliteDocumentDbContext(DbContextOptions<SqliteDocumentDbContext> options)
    : DocumentDbContext(options)
{
    public static DbContextOptions<SqliteDocumentDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<SqliteDocumentDbContext>()
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .Options;

    /// <summary>On a connection someone else opened and owns.</summary>
    public static DbContextOptions<SqliteDocumentDbContext> Options(SqliteConnection connection) =>
        new DbContextOptionsBuilder<SqliteDocumentDbContext>()
            .UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .Options;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot compare DateTimeOffset text; stored as a number, times sort and filter in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context.</summary>
internal sealed class SqliteDocumentDbContextFactory : IDesignTimeDbContextFactory<SqliteDocumentDbContext>
{
    public SqliteDocumentDbContext CreateDbContext(string[] args) =>
        new(SqliteDocumentDbContext.Options("Data Source=design.db"));
}
