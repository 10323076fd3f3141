using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseSystem.Workflows.Municipal.Persistence;

/// <summary>
/// The embedded default: the municipal tables in the data folder's SQLite file. Its transactions begin
/// IMMEDIATE (Microsoft.Data.Sqlite's default), so a transaction that numbers a document holds the database's
/// write lock from its first statement, across threads and processes alike.
/// </summary>
public sealed class SqliteMunicipalDbContext(DbContextOptions<SqliteMunicipalDbContext> options)
    : MunicipalDbContext(options)
{
    public static DbContextOptions<SqliteMunicipalDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<SqliteMunicipalDbContext>()
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .Options;

    /// <summary>On a connection someone else opened and owns.</summary>
    public static DbContextOptions<SqliteMunicipalDbContext> Options(SqliteConnection connection) =>
        new DbContextOptionsBuilder<SqliteMunicipalDbContext>()
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
internal sealed class SqliteMunicipalDbContextFactory : IDesignTimeDbContextFactory<SqliteMunicipalDbContext>
{
    public SqliteMunicipalDbContext CreateDbContext(string[] args) =>
        new(SqliteMunicipalDbContext.Options("Data Source=design.db"));
}
