using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace CaseSystem.Workflows.Municipal.Persistence;

/// <summary>Production: the municipal tables in the shared PostgreSQL database.</summary>
public sealed class PostgresMunicipalDbContext(DbContextOptions<PostgresMunicipalDbContext> options)
    : MunicipalDbContext(options)
{
    public static DbContextOptions<PostgresMunicipalDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<PostgresMunicipalDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .Options;

    /// <summary>On a connection someone else opened and owns.</summary>
    public static DbContextOptions<PostgresMunicipalDbContext> Options(NpgsqlConnection connection) =>
        new DbContextOptionsBuilder<PostgresMunicipalDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .Options;
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context.</summary>
internal sealed class PostgresMunicipalDbContextFactory : IDesignTimeDbContextFactory<PostgresMunicipalDbContext>
{
    public PostgresMunicipalDbContext CreateDbContext(string[] args) =>
        new(PostgresMunicipalDbContext.Options("Host=localhost"));
}
