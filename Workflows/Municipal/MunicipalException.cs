using System.Globalization;

namespace CaseSystem.Workflows.Municipal;

/// <summary>
/// Something asked of a case, task or signal cannot be done; the message says why and what to change, in Bulgarian
/// and in English. <see cref="Exception.Message"/> is the English one, for logs; pages and answers use
/// <see cref="MessageFor"/>. Nothing was saved.
/// </summary>
public abstract class MunicipalException : InvalidOperationException
{
    protected MunicipalException()
        : this("The operation failed.")
    {
    }

    protected MunicipalException(string message)
        : this(message, message)
    {
    }

    protected MunicipalException(string message, Exception innerException)
        : base(message, innerException)
    {
        Bulgarian = message;
        English = message;
    }

    protected MunicipalException(string bulgarian, string english)
        : base(english)
    {
        Bulgarian = bulgarian;
        English = english;
    }

    public string Bulgarian { get; }

    public string English { get; }

    /// <summary>Bulgarian by default; English for an English culture.</summary>
    public string MessageFor(CultureInfo? culture) => Language.Pick(culture, Bulgarian, English);
}
