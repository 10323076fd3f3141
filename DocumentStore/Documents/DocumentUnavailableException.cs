namespace CaseSystem.DocumentStore.Documents;

/// <summary>The document is missing, deleted, or held; the message says which and what to do.</summary>
public sealed class DocumentUnavailableException : InvalidOperationException
{
    public DocumentUnavailableException()
    {
    }

    public DocumentUnavailableException(string message)
        : base(message)
    {
    }

    public DocumentUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
