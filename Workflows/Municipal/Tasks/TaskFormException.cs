namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// The outcome or the form data were refused: <see cref="Errors"/> holds every bad field by name (the outcome under
/// <see cref="OutcomeField"/>, the attachments under <see cref="AttachmentsField"/>), each with what to change.
/// </summary>
public sealed class TaskFormException : TaskException
{
    /// <summary>The key of an outcome that is not one of the task's.</summary>
    public const string OutcomeField = "outcome";

    /// <summary>The key of attachments that are not documents of the task's case.</summary>
    public const string AttachmentsField = "attachments";

    /// <summary>The key of the colleague a task is delegated or reassigned to, when they may not take it.</summary>
    public const string RecipientField = "to";

    public TaskFormException()
        : this(new Dictionary<string, TaskFieldError>())
    {
    }

    public TaskFormException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, TaskFieldError>();
    }

    public TaskFormException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, TaskFieldError>();
    }

    public TaskFormException(IReadOnlyDictionary<string, TaskFieldError> errors)
        : base(
            "Формулярът има грешки: " + Join(errors, e => e.Bulgarian),
            "The form has errors: " + Join(errors, e => e.English))
    {
        Errors = errors;
    }

    public IReadOnlyDictionary<string, TaskFieldError> Errors { get; }

    private static string Join(IReadOnlyDictionary<string, TaskFieldError>? errors,
        Func<TaskFieldError, string> text) =>
        errors is null ? "" : string.Join(" ", errors.Values.Select(text));
}
