namespace CaseSystem.Workflows.Engine.Validation;

/// <summary>One problem that stops a definition from running or being published.</summary>
/// <param name="ActivityId">The activity at fault, when there is one.</param>
/// <param name="Input">The input or property at fault, when there is one.</param>
/// <param name="Message">What is wrong and what to change, in a sentence.</param>
public sealed record ValidationError(string? ActivityId, string? Input, string Message)
{
    public override string ToString() => (ActivityId, Input) switch
    {
        (null, null) => Message,
        (_, null) => $"activity '{ActivityId}': {Message}",
        (null, _) => $"{Input}: {Message}",
        _ => $"activity '{ActivityId}', input '{Input}': {Message}",
    };
}

/// <summary>The definition has problems; <see cref="Errors"/> lists every one of them.</summary>
public sealed class WorkflowValidationException : Exception
{
    public WorkflowValidationException()
        : this([])
    {
    }

    public WorkflowValidationException(string message)
        : base(message)
    {
        Errors = [new ValidationError(null, null, message)];
    }

    public WorkflowValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ValidationError(null, null, message)];
    }

    public WorkflowValidationException(IReadOnlyList<ValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ValidationError> Errors { get; }

    private static string Describe(IReadOnlyList<ValidationError> errors) =>
        $"The workflow definition has {errors.Count} problem(s): " + string.Join("; ", errors);
}
