using CaseSystem.Host.Cli;
using CaseSystem.Host.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace CaseSystem.Host.Tests.Cli;

/// <summary><c>accounts add</c>: how an installation gets its staff, then signs them in.</summary>
public sealed class AccountsAddCommandTests
{
    private const string Password = "Parola-za-slujitel-1";

    [Fact]
    public async Task A_clerk_made_on_the_command_line_signs_in_and_opens_the_inbox()
    {
        var data = Directory.CreateTempSubdirectory("casesystem-accounts-").FullName;
        try
        {
            var (code, output, errors) = await RunAsync(Settings(("data", data)),
                "accounts", "add", "nova@sofia.example", "--name", "Нова Служителка", "--role", "clerk",
                "--department", "roads");
            var (again, _, refused) = await RunAsync(Settings(("data", data)),
                "accounts", "add", "nova@sofia.example", "--name", "Друга", "--role", "clerk", "--department", "roads");

            Assert.True(code == AccountsAddCommand.Created, errors);
            Assert.Contains("nova@sofia.example (clerk, roads)", output, StringComparison.Ordinal);
            Assert.Equal(AccountsAddCommand.Refused, again);
            Assert.Contains("nova@sofia.example", refused, StringComparison.Ordinal);

            await using var factory = new HostFactory(new Dictionary<string, string?> { ["data"] = data });
            using var browser = factory.Browser();
            await browser.SignInAsync("nova@sofia.example", Password);
            using var inbox = await browser.GetAsync("/inbox");
            Assert.Equal(System.Net.HttpStatusCode.OK, inbox.StatusCode);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Theory]
    [InlineData("--name|Х|--role|clerk|--department|roads", "e-mail address")]
    [InlineData("x@sofia.example|--role|clerk|--department|roads", "--name")]
    [InlineData("x@sofia.example|--name|Х|--role|boss|--department|roads", "'boss' is not a role")]
    [InlineData("x@sofia.example|--name|Х|--role|clerk", "--department")]
    [InlineData("x@sofia.example|--name|Х|--role|citizen|--department|roads", "leave --department out")]
    [InlineData("x@sofia.example|--name|Х|--role|clerk|--department|roads|--password|p", "Unknown option")]
    public async Task A_command_line_it_cannot_use_says_what_to_change(string arguments, string advice)
    {
        var (code, _, errors) = await RunAsync(Settings(),
            ["accounts", "add", .. arguments.Split('|')]);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains(advice, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_Identitys_reason()
    {
        var data = Directory.CreateTempSubdirectory("casesystem-accounts-").FullName;
        try
        {
            var (code, _, errors) = await RunAsync(
                Settings(("data", data), (AccountsAddCommand.PasswordVariable, "short")),
                "accounts", "add", "weak@sofia.example", "--name", "Х", "--role", "administrator",
                "--department", "administration");

            Assert.Equal(AccountsAddCommand.Refused, code);
            Assert.Contains("at least 10", errors, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [SkippableFact]
    public async Task On_PostgreSQL_the_first_administrator_is_made_on_the_command_line()
    {
        await using var database = await ThrowawayDatabase.CreateAsync("accounts");
        await using var factory = new HostFactory(database.HostSettings("accounts-postgres-test-key"));

        // The verb is given the host's data folder too, so that nothing lands beside the test binaries.
        var (code, _, errors) = await RunAsync(
            Settings(("Database:Provider", "Postgres"), ("ConnectionStrings:Workflows", database.ConnectionString),
                ("data", factory.DataFolder)),
            "accounts", "add", "root@sofia.example", "--name", "Първи Администратор", "--role", "administrator",
            "--department", "administration");
        Assert.True(code == AccountsAddCommand.Created, errors);

        using var browser = factory.Browser();
        await browser.SignInAsync("root@sofia.example", Password);
        using var inbox = await browser.GetAsync("/inbox");
        Assert.Equal(System.Net.HttpStatusCode.OK, inbox.StatusCode);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([new(AccountsAddCommand.PasswordVariable, Password)])
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    private static async Task<(int Code, string Output, string Errors)> RunAsync(IConfiguration settings,
        params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, errors, settings);
        return (code, output.ToString(), errors.ToString());
    }
}
