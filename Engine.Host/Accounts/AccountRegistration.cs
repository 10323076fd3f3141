using CaseSystem.Host.Workflows;
using CaseSystem.Workflows.Runtime.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Host.Accounts;

public static class AccountRegistration
{
    /// <summary>
    /// Accounts with ASP.NET Core Identity over EF Core, in the runtime's database; the embedded default creates
    /// the demo accounts listed in README.md.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.From(configuration);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AccountsDbContext, PostgresAccountsDbContext>(o =>
                PostgresAccountsDbContext.Configure(o, database.ConnectionString));
        }
        else
        {
            services.AddDbContext<AccountsDbContext, SqliteAccountsDbContext>(o =>
                SqliteAccountsDbContext.Configure(o, database.ConnectionString));
        }

        services.AddIdentityCore<Account>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AccountClaims>();
        services.AddHostedService(sp => new AccountsStartup(sp.GetRequiredService<IServiceScopeFactory>(),
            database.IsEmbedded));
        return services;
    }
}

/// <summary>At start: the account tables brought up to date, the roles made, and the demo accounts when embedded.
/// </summary>
internal sealed class AccountsStartup(IServiceScopeFactory scopes, bool embedded) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<AccountsDbContext>().Database.MigrateAsync(cancellationToken);

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        if (embedded)
        {
            await DemoAccounts.EnsureAsync(services.GetRequiredService<UserManager<Account>>());
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
