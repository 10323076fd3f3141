using System.Security.Claims;
using CaseSystem.Host.Accounts;
using CaseSystem.Workflows.Municipal.Tasks;

namespace CaseSystem.Host.Tasks;

/// <summary>Who is acting on tasks, read from the signed-in principal (cookie or API key).</summary>
internal static class TaskActors
{
    public static TaskActor Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);

        var departments = user.FindAll(AccountClaims.Department).Select(c => c.Value).ToList();
        return new TaskActor(
            user.Identity?.Name ?? throw new InvalidOperationException("An anonymous caller cannot act on tasks."),
            departments,
            user.IsInRole(Roles.Supervisor),
            user.IsInRole(Roles.Administrator));
    }
}
