namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// No such task, or the actor may not see it: the two are answered alike, so the answer does not reveal that a
/// task exists.
/// </summary>
public sealed class TaskNotFoundException : TaskException
{
    public TaskNotFoundException()
        : base("Задачата не съществува или нямате достъп до нея.",
            "The task does not exist or you may not see it.")
    {
    }

    public TaskNotFoundException(string message)
        : base(message)
    {
    }

    public TaskNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static TaskNotFoundException For(string taskId) => new() { TaskId = taskId };

    public string? TaskId { get; private init; }
}
