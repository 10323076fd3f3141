using System.Net;
using System.Net.Http.Headers;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Security;
using CaseSystem.Host.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Accounts;

/// <summary>
/// The demo accounts and the demo API key exist in the embedded default only: a host on PostgreSQL (production's
/// database) makes the roles and no account, and nobody signs in with the published passwords.
/// </summary>
public sealed class DemoAccountsTests
{
    [SkippableFact]
    public async Task On_PostgreSQL_no_demo_account_is_created_and_the_demo_credentials_open_nothing()
    {
        await using var database = await ThrowawayDatabase.CreateAsync("demo");
        await using var factory = new HostFactory(database.HostSettings($"demo-accounts-test-{Guid.NewGuid():N}"));
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
}
