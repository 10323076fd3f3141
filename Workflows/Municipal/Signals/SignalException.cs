using System.Globalization;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// Something asked of a signal cannot be done; the message says why and what to change, in Bulgarian and in
/// English. Nothing was saved.
/// </summary>
public class SignalException : MunicipalException
{
    public SignalException()
        : base("The signal operation failed.")
    {
    }

    public SignalException(string message)
        : base(message)
    {
    }

    public SignalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SignalException(string bulgarian, string english)
        : base(bulgarian, english)
    {
    }
}

/// <summary>No signal has this id or index (or the caller may not see it).</summary>
public sealed class SignalNotFoundException : SignalException
{
    public SignalNotFoundException()
        : base("Сигналът не е намерен.", "The signal was not found.")
    {
    }

    public SignalNotFoundException(string message)
        : base(message)
    {
    }

    public SignalNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// The submission was refused: <see cref="Errors"/> holds every bad field by name (those of
/// <see cref="NewSignal"/> in camelCase), each saying what to change.
/// </summary>
public sealed class SignalValidationException : SignalException
{
    public SignalValidationException()
        : this(new Dictionary<string, SignalFieldError>())
    {
    }

    public SignalValidationException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, SignalFieldError>();
    }

    public SignalValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, SignalFieldError>();
    }

    public SignalValidationException(IReadOnlyDictionary<string, SignalFieldError> errors)
        : base(
            "Сигналът има грешки: " + string.Join(" ", (errors ?? Empty).Values.Select(e => e.Bulgarian)),
            "The signal has errors: " + string.Join(" ", (errors ?? Empty).Values.Select(e => e.English)))
    {
        Errors = errors ?? Empty;
    }

    public IReadOnlyDictionary<string, SignalFieldError> Errors { get; }

    private static readonly Dictionary<string, SignalFieldError> Empty = [];
}

/// <summary>What is wrong with one field, saying what to change, in Bulgarian and English.</summary>
public sealed record SignalFieldError(string Bulgarian, string English)
{
    public string MessageFor(CultureInfo? culture) => Language.Pick(culture, Bulgarian, English);
}
