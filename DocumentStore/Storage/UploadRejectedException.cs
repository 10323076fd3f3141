namespace CaseSystem.DocumentStore.Storage;

public enum UploadRejection
{
    Empty,
    TypeNotAllowed,
    TooLarge,
}

/// <summary>An upload the policy refuses; the message says what the sender should change.</summary>
public sealed class UploadRejectedException : Exception
{
    public UploadRejectedException()
    {
    }

    public UploadRejectedException(string message)
        : base(message)
    {
    }

    public UploadRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UploadRejectedException(UploadRejection reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public UploadRejection Reason { get; }
}
