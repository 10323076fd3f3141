namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>No case has the given id.</summary>
public sealed class CaseNotFoundException : InvalidOperationException
{
    public CaseNotFoundException()
    {
    }

    public CaseNotFoundException(string message)
        : base(message)
    {
    }

    public CaseNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CaseNotFoundException(Guid caseId)
        : base($"Case {caseId} does not exist.")
    {
        CaseId = caseId;
    }

    public Guid? CaseId { get; }
}
