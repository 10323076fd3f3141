namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>The applicant's identifier was rejected; the message says what to correct. Nothing was saved.</summary>
public sealed class InvalidApplicantException : ArgumentException
{
    public InvalidApplicantException()
    {
    }

    public InvalidApplicantException(string message)
        : base(message)
    {
    }

    public InvalidApplicantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
