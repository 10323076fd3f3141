using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>
/// The portal on PostgreSQL (production's database), in a database of its own on the server the test script
/// started: the account migrations with the ЕГН column, sign-up in one transaction, tracking by index and code.
/// </summary>
public sealed class PortalPostgresTests
{
    private const string Variable = "CASESYSTEM_TEST_POSTGRES";

    [SkippableFact]
    public async Task On_PostgreSQL_a_citizen_signs_up_with_an_EGN_and_a_stranger_tracks_the_request()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(server is null, $"{Variable} is not set: run the tests with scripts/test, which starts PostgreSQL.");
        var name = $"portal_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        try
        {
            await using var factory = new HostFactory(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Workflows"] = new NpgsqlConnectionStringBuilder(server) { Database = name }
                    .ToString(),
                ["Api:Key"] = "portal-postgres-test-key",
            });
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
