using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace CaseSystem.DocumentStore.Documents;

/// <summary>Production: the document tables in the shared PostgreSQL database.</summary>
public sealed class PostgresDocumentDbContext(DbContextOptions<PostgresDocumentDbContext> options)
    : DocumentDbContext(options)
{
    public static DbContextOptions<PostgresDocumentDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<PostgresDocumentDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .Options;

    /// <summary>On a connection someone else opened and owns.</summary>
    public static DbContextOptions<PostgresDocumentDbContext> Options(NpgsqlConnection connection) =>
        new DbContextOptionsBuilder<PostgresDocumentDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .Options;
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context.</summary>
internal sealed class PostgresDocumentDbContextFactory : IDesignTimeDbContextFactory<PostgresDocumentDbContext>
{
    public PostgresDocumentDbContext CreateDbContext(string[] args) =>
        new(PostgresDocumentDbContext.Options("Host=localhost"));
}
