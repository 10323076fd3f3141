using CaseSystem.Host.Accounts;
using CaseSystem.Workflows.Municipal.Tasks;
using Hangfire;
using Microsoft.AspNetCore.Identity;

namespace CaseSystem.Host.Tasks;

public static class TaskRegistration
{
    /// <summary>
    /// Human tasks: the runtime hands the tasks runs open and close to the municipal store (in each run's
    /// transaction); reminders and escalations are Hangfire jobs; supervisors come from the accounts.
    /// </summary>
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddSingleton<ITaskDeadlines, HangfireTaskDeadlines>();
        services.AddScoped<IDepartmentDirectory, AccountDepartments>();
        services.AddScoped<DepartmentStaff>();
        services.AddHumanTasks();
        return services;
    }
}

/// <summary>A task's reminder and escalation as delayed Hangfire jobs; each finds the task closed, or acts.</summary>
internal sealed class HangfireTaskDeadlines(IBackgroundJobClient jobs) : ITaskDeadlines
{
    public void Schedule(TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);

        var id = task.Id;
        if (task.RemindAt is { } remindAt)
        {
            jobs.Schedule<TaskDeadlineJobs>(j => j.RemindAsync(id, CancellationToken.None), remindAt);
        }

        if (task.EscalateAtDue && task.DueAt is { } dueAt)
        {
            jobs.Schedule<TaskDeadlineJobs>(j => j.EscalateAsync(id, CancellationToken.None), dueAt);
        }
    }
}

/// <summary>Staff from the accounts: a department's supervisors are the accounts with the supervisor role in it.
/// </summary>
internal sealed class AccountDepartments(UserManager<Account> users) : IDepartmentDirectory
{
    public async Task<IReadOnlyList<string>> SupervisorsAsync(string department, CancellationToken cancellationToken)
    {
        var supervisors = await users.GetUsersInRoleAsync(Roles.Supervisor);
        return [.. supervisors.Where(a => a.Department == department).Select(a => a.UserName!)];
    }

    public async Task<StaffMember?> StaffAsync(string userName, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(userName) is not { } account)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(account);
        return roles.Any(Roles.Staff.Contains)
            ? new StaffMember(account.UserName!, account.Department, roles.Contains(Roles.Administrator))
            : null;
    }
}
