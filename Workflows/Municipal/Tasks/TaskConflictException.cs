namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// The task is not in a state that allows the action, most often because someone else acted first; the message
/// says who or what.
/// </summary>
public sealed class TaskConflictException : TaskException
{
    public TaskConflictException()
        : base(
            "Задачата беше променена междувременно; "
            + "отворете я отново.",
            "The task was changed meanwhile; open it again.")
    {
    }

    public TaskConflictException(string message)
        : base(message)
    {
    }

    public TaskConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private TaskConflictException(string bulgarian, string english)
        : base(bulgarian, english)
    {
    }

    /// <summary>The user who holds the task, when someone does.</summary>
    public string? HeldBy { get; private init; }

    internal static TaskConflictException ClaimedBy(string user) => new(
        $"Задачата вече е поета от {user}.",
        $"The task has already been claimed by {user}.") { HeldBy = user };

    internal static TaskConflictException Closed() => new(
        "Задачата вече е приключена и не може да се променя.",
        "The task is already closed and cannot change.");

    internal static TaskConflictException NotClaimed() => new(
        "Задачата не е поета от никого.", "Nobody has claimed the task.");

    internal static TaskConflictException DelegatedTo(string user) => new(
        $"Задачата е делегирана на {user}; изчакайте да я върне.",
        $"The task is delegated to {user}; wait until they hand it back.") { HeldBy = user };

    internal static TaskConflictException NoCandidates() => new(
        "Задачата няма група или кандидати, които да я поемат; "
        + "преназначете я вместо това.",
        "The task has no group or candidates to claim it; reassign it instead.");

    internal static TaskConflictException SameUser(string user) => new(
        $"Задачата вече е при {user}.", $"The task is already with {user}.");
}
