using CaseSystem.Host.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Host.Tasks;

/// <summary>The clerks and supervisors of a department, to whom its supervisor may give its tasks.</summary>
public sealed class DepartmentStaff(AccountsDbContext accounts)
{
    /// <summary>Their user names, in order.</summary>
    public async Task<IReadOnlyList<string>> OfAsync(string department, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(department);

        string[] roles = [Roles.Clerk, Roles.Supervisor];
        var names = await accounts.Users.AsNoTracking()
            .Where(a => a.Department == department && a.UserName != null
                && accounts.UserRoles.Any(ur => ur.UserId == a.Id
                    && accounts.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .Select(a => a.UserName!)
            .ToListAsync(cancellationToken);
        return [.. names.Order(StringComparer.Ordinal)];
    }
}
