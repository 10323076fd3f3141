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

    public DocumentUnavailableException(string message, bool underLegalHold)
        : base(message)
    {
        UnderLegalHold = underLegalHold;
    }

    /// <summary>The document exists but a legal hold stops the change; otherwise it is missing or deleted.</summary>
    public bool UnderLegalHold { get; }

    public DocumentUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
