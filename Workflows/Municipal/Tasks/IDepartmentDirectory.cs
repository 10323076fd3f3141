namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>Who supervises a department; the host answers from its accounts.</summary>
public interface IDepartmentDirectory
{
    /// <summary>The user names of the department's supervisors; empty when it has none.</summary>
    Task<IReadOnlyList<string>> SupervisorsAsync(string department, CancellationToken cancellationToken);
}
