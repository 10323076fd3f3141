using Microsoft.AspNetCore.Identity;

namespace CaseSystem.Host.Accounts;

/// <summary>
/// Someone who signs in: a citizen, or a member of the municipality's staff (clerk, supervisor, administrator)
/// who belongs to a department. Roles are Identity roles; see <see cref="Roles"/>.
/// </summary>
public sealed class Account : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The department's code (a candidate group of human tasks); null for citizens.</summary>
    public string? Department { get; set; }

    /// <summary>The language the account reads pages and e-mails in: <c>bg</c> or <c>en</c>.</summary>
    public string Language { get; set; } = "bg";

    /// <summary>
    /// The citizen's ЕГН when they gave it at sign-up (checked, ten digits), so that services need not ask for it
    /// again. Personal data: never log it, never put it in the sign-in cookie.
    /// </summary>
    public string? PersonalNumber { get; set; }
}

/// <summary>The roles of accounts, and of the API key (administrator).</summary>
public static class Roles
{
    public const string Citizen = "citizen";
    public const string Clerk = "clerk";
    public const string Supervisor = "supervisor";
    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } = [Citizen, Clerk, Supervisor, Administrator];

    /// <summary>Roles that work the inbox: a supervisor and an administrator are clerks too.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Clerk, Supervisor, Administrator];
}
