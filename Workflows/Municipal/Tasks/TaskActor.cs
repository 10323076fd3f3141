namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// Who acts on tasks. A clerk works in <paramref name="Departments"/>; a supervisor supervises the departments
/// listed there; an administrator sees and may reassign every task.
/// </summary>
public sealed record TaskActor(
    string UserName,
    IReadOnlyCollection<string> Departments,
    bool IsSupervisor,
    bool IsAdministrator)
{
    internal bool Supervises(TaskRecord task) =>
        IsAdministrator || (IsSupervisor && task.CandidateGroups.Any(Departments.Contains));

    internal bool IsCandidate(TaskRecord task) =>
        task.CandidateUsers.Contains(UserName, StringComparer.Ordinal)
        || task.CandidateGroups.Any(Departments.Contains);
}
