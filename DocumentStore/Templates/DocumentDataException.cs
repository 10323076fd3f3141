namespace CaseSystem.DocumentStore.Templates;

/// <summary>
/// The data given for a document template cannot make that document: a required field is missing or empty, or
/// the data is not a JSON object. The message names the template and the field, so the caller knows what to send.
/// </summary>
public sealed class DocumentDataException : Exception
{
    public DocumentDataException()
    {
    }

    public DocumentDataException(string message)
        : base(message)
    {
    }

    public DocumentDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DocumentDataException(string template, string field)
        : base($"The {template} needs '{field}'.")
    {
        Template = template;
        Field = field;
    }

    public string? Template { get; }

    /// <summary>The missing field's path in the data, such as <c>signatory.name</c>.</summary>
    public string? Field { get; }
}
