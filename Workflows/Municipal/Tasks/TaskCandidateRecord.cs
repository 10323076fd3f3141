namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// One candidate of a task, a group or a user, kept as a row so that "tasks of my groups" is an indexed lookup.
/// </summary>
public sealed class TaskCandidateRecord
{
    public const string Group = "group";
    public const string User = "user";

    public required string TaskId { get; set; }

    /// <summary><see cref="Group"/> or <see cref="User"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>A department code or a user name.</summary>
    public required string Value { get; set; }

    /// <summary>
    /// Whether the task is open and unclaimed, so that this candidate may claim it: a copy of the task's state,
    /// kept with every change of it in the same transaction, under which "my groups" reads a department's claimable
    /// tasks from a partial index without touching the closed ones.
    /// </summary>
    public bool Claimable { get; set; }
}
