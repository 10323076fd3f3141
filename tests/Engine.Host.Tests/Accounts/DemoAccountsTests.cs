using System.Net;
using System.Net.Http.Headers;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Security;
using CaseSystem.Host.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseSystem.Host.Tests.Accounts;

/// <summary>
/// The demo accounts and the demo API key exist in the embedded default only: a host on PostgreSQL (production's
/// database) makes the roles and no account, and nobody signs in with the published passwords.
/// </summary>
public sealed class DemoAccountsTests
{
    private const string Variable = "CASESYSTEM_TEST_POSTGRES";

    [Fact]
    public async Task The_embedded_default_creates_each_demo_account_with_its_role_and_department()
    {
        await using var factory = new HostFactory();

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();

        foreach (var demo in DemoAccounts.All)
        {
            var account = await users.FindByEmailAsync(demo.Email);
            Assert.NotNull(account);
            Assert.Equal(demo.Department, account.Department);
            Assert.Equal(demo.Role, Assert.Single(await users.GetRolesAsync(account)));
        }
    }

    [SkippableFact]
    public async Task On_PostgreSQL_no_demo_account_is_created_and_the_demo_credentials_open_nothing()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(server is null, $"{Variable} is not set: run the tests with scripts/test, which starts PostgreSQL.");
        var name = $"demo_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        try
        {
            await using var factory = new HostFactory(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Workflows"] = new NpgsqlConnectionStringBuilder(server) { Database = name }
                    .ToString(),
                ["Api:Key"] = $"demo-accounts-test-{Guid.NewGuid():N}",
            });
            using var browser = factory.Browser();
            using var demoKey = factory.CreateClient();
            demoKey.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue(ApiKeyAuthenticationHandler.SchemeName, ApiSecurityRegistration.DemoKey);

            using var signIn = await browser.SubmitAsync("/account/login",
                ("email", "admin@sofia.example"), ("password", DemoAccounts.Password));
            using var api = await demoKey.GetAsync("/api/cases");

            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            Assert.Equal(0, await users.Users.CountAsync());
            foreach (var demo in DemoAccounts.All)
            {
                Assert.Null(await users.FindByEmailAsync(demo.Email));
            }

            Assert.Equal(Roles.All.Order(), (await roles.Roles.Select(r => r.Name!).ToListAsync()).Order());
            Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
