using Microsoft.AspNetCore.Identity;

namespace CaseSystem.Host.Accounts;

/// <summary>
/// The accounts the embedded default creates so the system can be tried at once; README.md lists them with their
/// passwords. They never exist on PostgreSQL (production).
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo-parola-2026";

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin@sofia.example", "Администратор Демо", Roles.Administrator, "administration"),
        new("supervisor@sofia.example", "Петя Началникова", Roles.Supervisor, "reception"),
        new("clerk@sofia.example", "Иван Служителев", Roles.Clerk, "reception"),
        new("clerk2@sofia.example", "Мария Деловодова", Roles.Clerk, "reception"),
        new("roads@sofia.example", "Георги Пътев", Roles.Clerk, "roads"),
        new("roads-supervisor@sofia.example", "Весела Пътева", Roles.Supervisor, "roads"),
        new("citizen@sofia.example", "Елена Гражданова", Roles.Citizen, null),
    ];

    public static async Task EnsureAsync(UserManager<Account> users)
    {
        ArgumentNullException.ThrowIfNull(users);

        foreach (var demo in All)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            AccountsStartup.Check(await AccountCreation.CreateAsync(users, demo.Email, demo.DisplayName, demo.Role,
                demo.Department, Password), demo.Email);
        }
    }
}

public sealed record DemoAccount(string Email, string DisplayName, string Role, string? Department);
