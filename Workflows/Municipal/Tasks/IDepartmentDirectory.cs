namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>The municipality's staff as the host's accounts know them.</summary>
public interface IDepartmentDirectory
{
    /// <summary>The user names of the department's supervisors; empty when it has none.</summary>
    Task<IReadOnlyList<string>> SupervisorsAsync(string department, CancellationToken cancellationToken);

    /// <summary>The staff account (clerk, supervisor or administrator) of that user name; null when there is none,
    /// or it is a citizen's.</summary>
    Task<StaffMember?> StaffAsync(string userName, CancellationToken cancellationToken);
}

/// <summary>A member of staff: their department (a candidate group of tasks), and whether they administer.</summary>
public sealed record StaffMember(string UserName, string? Department, bool IsAdministrator);
