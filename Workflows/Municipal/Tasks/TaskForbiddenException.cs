namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>The actor sees the task but may not do this with it; the message says who may.</summary>
public sealed class TaskForbiddenException : TaskException
{
    public TaskForbiddenException()
        : base("Нямате право на това действие със задачата.",
            "You may not do this with the task.")
    {
    }

    public TaskForbiddenException(string message)
        : base(message)
    {
    }

    public TaskForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private TaskForbiddenException(string bulgarian, string english)
        : base(bulgarian, english)
    {
    }

    internal static TaskForbiddenException NotCandidate() => new(
        "Задачата не е за вашия отдел; "
        + "може да я поеме само член на групите ѝ.",
        "The task is not for your department; only a member of its groups may claim it.");

    internal static TaskForbiddenException ClaimFirst() => new(
        "Поемете задачата, преди да я приключите.",
        "Claim the task before you complete it.");

    internal static TaskForbiddenException NotOwner(string owner) => new(
        $"Задачата е поета от {owner}; "
        + "само той или тя може да направи това.",
        $"The task is held by {owner}; only they may do this.");

    internal static TaskForbiddenException NotDelegate() => new(
        "Само служителят, на когото е делегирана задачата, "
        + "може да я върне.",
        "Only the clerk the task is delegated to may hand it back.");

    internal static TaskForbiddenException DelegateCannotComplete() => new(
        "Задачата ви е делегирана: върнете я на собственика ѝ, "
        + "който ще я приключи.",
        "The task is delegated to you: hand it back to its owner, who completes it.");

    internal static TaskForbiddenException NotSupervisor() => new(
        "Само ръководител на отдела на задачата "
        + "или администратор може да я преназначи.",
        "Only a supervisor of the task's department or an administrator may reassign it.");

    internal static TaskForbiddenException NotSupervisorOf(string department) => new(
        $"Не сте ръководител на отдел {department}.",
        $"You do not supervise the department {department}.");
}
