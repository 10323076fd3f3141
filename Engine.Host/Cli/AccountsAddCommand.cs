using CaseSystem.Host.Accounts;
using CaseSystem.Host.Workflows;
using Microsoft.AspNetCore.Identity;

namespace CaseSystem.Host.Cli;

/// <summary>
/// <c>accounts add EMAIL --name NAME --role ROLE [--department CODE]</c>: creates an account in the configured
/// database, the way an installation on PostgreSQL gets its administrators, supervisors and clerks (citizens sign
/// up on the portal). The password comes from the <c>CASESYSTEM_PASSWORD</c> environment variable, else from the
/// first line of standard input, never from the command line. Exit codes: 0 created, 1 refused (the e-mail is
/// taken, the password too weak), 64 a command line it did not understand.
/// </summary>
internal static class AccountsAddCommand
{
    public const int Created = 0;
    public const int Refused = 1;
    public const string PasswordVariable = "CASESYSTEM_PASSWORD";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter errors,
        IConfiguration settings)
    {
        if (!TryParse(args, out var request, out var problem))
        {
            return CommandLine.Fail(errors, problem!);
        }

        var password = settings[PasswordVariable] ?? await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            return CommandLine.Fail(errors,
                $"No password: set {PasswordVariable} in the environment, or give it on the first line of input.");
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection();
        services.AddAccounts(settings);
        await using var provider = services.BuildServiceProvider();
        await new AccountsStartup(provider.GetRequiredService<IServiceScopeFactory>(),
            DatabaseSettings.From(settings).IsEmbedded).StartAsync(CancellationToken.None);

        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var created = await AccountCreation.CreateAsync(users, request.Email, request.Name, request.Role,
            request.Department, password);
        if (!created.Succeeded)
        {
            await errors.WriteLineAsync(
                $"The account was not created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            return Refused;
        }

        await output.WriteLineAsync(
            $"Created {request.Email} ({request.Role}{(request.Department is null ? "" : ", " + request.Department)}).");
        return Created;
    }

    private static bool TryParse(string[] args, out NewAccount request, out string? problem)
    {
        request = new NewAccount("", "", "", null);
        string? email = null, name = null, role = null, department = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--name" when i + 1 < args.Length:
                    name = args[++i];
                    break;
                case "--role" when i + 1 < args.Length:
                    role = args[++i];
                    break;
                case "--department" when i + 1 < args.Length:
                    department = args[++i];
                    break;
                case "--name" or "--role" or "--department":
                    problem = $"{args[i]} needs a value after it.";
                    return false;
                case var text when text.StartsWith('-'):
                    problem = $"Unknown option '{text}': accounts add takes --name, --role and --department.";
                    return false;
                case var text when email is null:
                    email = text;
                    break;
                default:
                    problem = $"One e-mail address only; '{args[i]}' is one too many.";
                    return false;
            }
        }

        problem = (email, name, role) switch
        {
            (null, _, _) => "Give the account's e-mail address: accounts add EMAIL --name NAME --role ROLE.",
            _ when !email.Contains('@', StringComparison.Ordinal) => $"'{email}' is not an e-mail address.",
            (_, null, _) => "Give the person's name with --name, as staff and citizens will see it.",
            (_, _, null) => $"Give --role: one of {string.Join(", ", Roles.All)}.",
            _ when !Roles.All.Contains(role) => $"'{role}' is not a role; use one of {string.Join(", ", Roles.All)}.",
            _ when role != Roles.Citizen && string.IsNullOrWhiteSpace(department) =>
                "Staff belong to a department: give --department with its code (the tasks' candidate group).",
            _ when role == Roles.Citizen && department is not null =>
                "Citizens belong to no department; leave --department out.",
            _ => null,
        };
        if (problem is not null)
        {
            return false;
        }

        request = new NewAccount(email!, name!, role!, department);
        return true;
    }

    private sealed record NewAccount(string Email, string Name, string Role, string? Department);
}
