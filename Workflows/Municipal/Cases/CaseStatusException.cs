namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>The status change is not allowed from the case's current status; the message says which are.</summary>
public sealed class CaseStatusException : InvalidOperationException
{
    public CaseStatusException()
    {
    }

    public CaseStatusException(string message)
        : base(message)
    {
    }

    public CaseStatusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
