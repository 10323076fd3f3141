using System.Security.Claims;
using CaseSystem.Host.Accounts;
using CaseSystem.Workflows.Municipal.Cases;

namespace CaseSystem.Host.Cases;

/// <summary>
/// Who may see and change a case: its citizen sees it; the staff of its department see and work it; an
/// administrator (or the API key) everything. A case someone may not see is reported as missing, so its
/// existence is not revealed.
/// </summary>
public sealed class CaseAccess(CaseService cases)
{
    public static bool IsStaff(ClaimsPrincipal user) => Roles.Staff.Any(user.IsInRole);

    public static bool IsAdministrator(ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);

    public static IReadOnlyList<string> Departments(ClaimsPrincipal user) =>
        [.. user.FindAll(AccountClaims.Department).Select(c => c.Value)];

    public static string? AccountId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static bool CanSee(ClaimsPrincipal user, CaseRecord matter)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(matter);

        return IsAdministrator(user)
            || (IsStaff(user) && Departments(user).Contains(matter.DepartmentCode))
            || (user.IsInRole(Roles.Citizen) && matter.OwnerAccountId is { } owner && owner == AccountId(user));
    }

    public static bool CanWork(ClaimsPrincipal user, CaseRecord matter)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(matter);

        return IsAdministrator(user) || (IsStaff(user) && Departments(user).Contains(matter.DepartmentCode));
    }

    /// <exception cref="CaseNotFoundException">No such case, or not one the user may see.</exception>
    public async Task<CaseRecord> SeeAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken)
    {
        var matter = await cases.FindAsync(caseId, cancellationToken);
        return matter is not null && CanSee(user, matter)
            ? matter
            : throw new CaseNotFoundException($"No case has the id {caseId}, or it is not one you may see.");
    }

    /// <exception cref="CaseNotFoundException">No such case, or not one the user may see.</exception>
    /// <exception cref="CaseForbiddenException">The user sees the case but may not change it.</exception>
    public async Task<CaseRecord> WorkAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken)
    {
        var matter = await SeeAsync(user, caseId, cancellationToken);
        return CanWork(user, matter)
            ? matter
            : throw new CaseForbiddenException("Only the staff of the case's department may change it.");
    }

    /// <summary>
    /// The case that a document's case id names, checked for <paramref name="change"/> or reading; documents of
    /// ids that name no case (filed by machine clients) are the administrators' alone.
    /// </summary>
    public async Task CheckDocumentsAsync(ClaimsPrincipal user, string caseId, bool change,
        CancellationToken cancellationToken)
    {
        if (IsAdministrator(user))
        {
            return;
        }

        if (!Guid.TryParse(caseId, out var id))
        {
            throw new CaseNotFoundException($"No case has the id '{caseId}', or it is not one you may see.");
        }

        if (change)
        {
            await WorkAsync(user, id, cancellationToken);
        }
        else
        {
            await SeeAsync(user, id, cancellationToken);
        }
    }
}

/// <summary>The user may see the case but not do this to it.</summary>
public sealed class CaseForbiddenException : Exception
{
    public CaseForbiddenException()
    {
    }

    public CaseForbiddenException(string message)
        : base(message)
    {
    }

    public CaseForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
