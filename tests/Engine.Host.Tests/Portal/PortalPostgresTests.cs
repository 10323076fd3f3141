using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>
/// The portal on PostgreSQL (production's database), in a database of its own on the server the test script
/// started: the account migrations with the ЕГН column, sign-up in one transaction, tracking by index and code.
/// </summary>
public sealed class PortalPostgresTests
{
    [SkippableFact]
    public async Task On_PostgreSQL_a_citizen_signs_up_with_an_EGN_and_a_stranger_tracks_the_request()
    {
        await using var database = await ThrowawayDatabase.CreateAsync("portal");
        await using var factory = new HostFactory(database.HostSettings("portal-postgres-test-key"));
        var email = Citizens.NewEmail("postgres");

        using var maria = await factory.SignUpAsync(email, Citizens.ValidEgn);
        var request = await maria.OpenCaseAsync("Счупена пейка");
        using var stranger = factory.Browser();
        using var tracked = await stranger.SubmitAsync("/track", ("index", request.Index),
            ("code", request.AccessCode));
        var html = await tracked.Content.ReadAsStringAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await users.FindByEmailAsync(email);
        Assert.Equal(Citizens.ValidEgn, account!.PersonalNumber);
        Assert.True(await users.IsInRoleAsync(account, Roles.Citizen));
        Assert.Contains($"<dd class=\"index\">{request.Index}</dd>", html, StringComparison.Ordinal);
    }
}
