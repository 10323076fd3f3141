namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// Something a clerk asked of a task cannot be done; the message says why, in Bulgarian and in English.
/// </summary>
public abstract class TaskException : MunicipalException
{
    protected TaskException()
        : base("The task operation failed.")
    {
    }

    protected TaskException(string message)
        : base(message)
    {
    }

    protected TaskException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    protected TaskException(string bulgarian, string english)
        : base(bulgarian, english)
    {
    }
}
