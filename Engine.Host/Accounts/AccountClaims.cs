using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseSystem.Host.Accounts;

/// <summary>
/// What the sign-in cookie carries beyond Identity's own claims: the account's department and display name, so
/// every request knows the clerk's groups without asking the database.
/// </summary>
public sealed class AccountClaims(UserManager<Account> users, RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<Account, IdentityRole>(users, roles, options)
{
    public const string Department = "department";
    public const string DisplayName = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);

        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        if (user.Department is { Length: > 0 } department)
        {
            identity.AddClaim(new Claim(Department, department));
        }

        return identity;
    }
}
