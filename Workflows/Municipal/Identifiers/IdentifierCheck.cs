using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CaseSystem.Workflows.Municipal.Identifiers;

/// <summary>
/// The outcome of checking one identifier: the parsed <typeparamref name="T"/> when it is valid, otherwise the
/// error and a message that tells the person what to change.
/// </summary>
public sealed class IdentifierCheck<T>
    where T : class
{
    // The cleaned input, kept only to word the message (its length, the first wrong character).
    private readonly string _entered;

    private IdentifierCheck(IdentifierKind kind, T? value, IdentifierError? error, string entered)
    {
        Kind = kind;
        Value = value;
        Error = error;
        _entered = entered;
    }

    public IdentifierKind Kind { get; }

    /// <summary>The identifier, when it is valid.</summary>
    public T? Value { get; }

    /// <summary>Null when the identifier is valid.</summary>
    public IdentifierError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    /// <summary>
    /// What to change, in Bulgarian unless <paramref name="culture"/> is an English one; empty when the
    /// identifier is valid.
    /// </summary>
    public string Message(CultureInfo? culture = null) =>
        Error is { } error ? IdentifierMessages.For(Kind, error, _entered, culture) : string.Empty;

    internal static IdentifierCheck<T> Valid(IdentifierKind kind, T value) => new(kind, value, null, string.Empty);

    internal static IdentifierCheck<T> Invalid(IdentifierKind kind, IdentifierError error, string entered) =>
        new(kind, null, error, entered);
}
