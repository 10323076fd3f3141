using System.Globalization;

namespace CaseSystem.Workflows.Municipal.Identifiers;

/// <summary>
/// The texts a person reads when an identifier is rejected. Each says what to change. Bulgarian is the default;
/// English for an English culture. The abbreviations ЕГН, ЛНЧ and ЕИК stay as printed on Bulgarian documents.
/// </summary>
internal static class IdentifierMessages
{
    public static string For(IdentifierKind kind, IdentifierError error, string entered, CultureInfo? culture)
    {
        var english = Language.IsEnglish(culture);
        var name = Abbreviation(kind);
        return english ? English(kind, error, name, entered) : Bulgarian(kind, error, name, entered);
    }

    private static string Bulgarian(IdentifierKind kind, IdentifierError error, string name, string entered) =>
        error switch
        {
            IdentifierError.Empty => $"Въведете {name}.",
            IdentifierError.NotDigits =>
                $"{name} съдържа само цифри; "
                + $"махнете или поправете „{FirstNonDigit(entered)}“.",
            IdentifierError.WrongLength =>
                $"{name} има {Lengths(kind, "или")} цифри; "
                + $"въведеното има {entered.Length}.",
            IdentifierError.BadDate =>
                $"Първите 6 цифри на {name} са рождената дата (ГГММДД), "
                + "а въведените не са истинска дата.",
            IdentifierError.BadCheckDigit =>
                $"{name} не е вярно: контролната цифра "
                + "не съответства на останалите; "
                + "проверете за сгрешена цифра.",
            _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
        };

    private static string English(IdentifierKind kind, IdentifierError error, string name, string entered) =>
        error switch
        {
            IdentifierError.Empty => $"Enter an {name} ({Description(kind)}).",
            IdentifierError.NotDigits =>
                $"An {name} has digits only; remove or correct “{FirstNonDigit(entered)}”.",
            IdentifierError.WrongLength =>
                $"An {name} has {Lengths(kind, "or")} digits; the one entered has {entered.Length}.",
            IdentifierError.BadDate =>
                $"The first 6 digits of an {name} are the birth date (YYMMDD); the digits entered are no real date.",
            IdentifierError.BadCheckDigit =>
                $"This {name} is not valid: its check digit does not match the other digits; "
                + "look for a mistyped digit.",
            _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
        };

    private static string Abbreviation(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Egn => "ЕГН",
        IdentifierKind.Lnch => "ЛНЧ",
        IdentifierKind.Eik => "ЕИК",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Description(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Egn => "personal number",
        IdentifierKind.Lnch => "personal number of a foreigner",
        IdentifierKind.Eik => "company number, БУЛСТАТ",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Lengths(IdentifierKind kind, string or) =>
        kind == IdentifierKind.Eik ? $"9 {or} 13" : "10";

    private static char FirstNonDigit(string entered) => entered.First(c => !char.IsAsciiDigit(c));
}
