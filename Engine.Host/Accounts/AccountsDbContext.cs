using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseSystem.Host.Accounts;

/// <summary>
/// Accounts, roles and their claims (ASP.NET Core Identity), in the runtime's database under a migrations history
/// table of their own. One subclass per database, each with its migrations.
/// </summary>
public abstract class AccountsDbContext(DbContextOptions options) : IdentityDbContext<Account>(options)
{
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        base.OnModelCreating(builder);
        builder.Entity<Account>(e =>
        {
            e.Property(a => a.DisplayName).HasMaxLength(200);
            e.Property(a => a.Department).HasMaxLength(50);
            e.Property(a => a.Language).HasMaxLength(5);
            e.Property(a => a.PersonalNumber).HasMaxLength(10);
            e.HasIndex(a => a.Department);
        });
    }
}

public sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options)
    : AccountsDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Lockout ends are times; stored as numbers, SQLite compares them.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options)
    : AccountsDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context.</summary>
internal sealed class SqliteAccountsDbContextFactory : IDesignTimeDbContextFactory<SqliteAccountsDbContext>
{
    public SqliteAccountsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteAccountsDbContext>();
        SqliteAccountsDbContext.Configure(builder, "Data Source=design.db");
        return new SqliteAccountsDbContext(builder.Options);
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context.</summary>
internal sealed class PostgresAccountsDbContextFactory : IDesignTimeDbContextFactory<PostgresAccountsDbContext>
{
    public PostgresAccountsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresAccountsDbContext>();
        PostgresAccountsDbContext.Configure(builder, "Host=localhost");
        return new PostgresAccountsDbContext(builder.Options);
    }
}
