using Microsoft.AspNetCore.Identity;

namespace CaseSystem.Host.Accounts;

/// <summary>An account made by the municipality (not signed up): its e-mail confirmed, in one role.</summary>
internal static class AccountCreation
{
    public static async Task<IdentityResult> CreateAsync(UserManager<Account> users, string email, string name,
        string role, string? department, string password)
    {
        var account = new Account
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            Department = department,
        };
        var created = await users.CreateAsync(account, password);
        return created.Succeeded ? await users.AddToRoleAsync(account, role) : created;
    }
}
