using System.Globalization;

namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// Something a clerk asked of a task cannot be done; the message says why, in Bulgarian and in English.
/// <see cref="Exception.Message"/> is the English one, for logs; pages and answers use <see cref="MessageFor"/>.
/// </summary>
public abstract class TaskException : InvalidOperationException
{
    protected TaskException()
        : this("The task operation failed.")
    {
    }

    protected TaskException(string message)
        : this(message, message)
    {
    }

    protected TaskException(string message, Exception innerException)
        : base(message, innerException)
    {
        Bulgarian = message;
        English = message;
    }

    protected TaskException(string bulgarian, string english)
        : base(english)
    {
        Bulgarian = bulgarian;
        English = english;
    }

    public string Bulgarian { get; }

    public string English { get; }

    /// <summary>Bulgarian by default; English for an English culture.</summary>
    public string MessageFor(CultureInfo? culture) =>
        string.Equals(culture?.TwoLetterISOLanguageName, "en", StringComparison.Ordinal) ? English : Bulgarian;
}
