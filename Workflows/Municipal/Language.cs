using System.Globalization;

namespace CaseSystem.Workflows.Municipal;

/// <summary>
/// The two languages of what clerks and citizens read: Bulgarian by default, English for an English culture.
/// </summary>
public static class Language
{
    public static bool IsEnglish(CultureInfo? culture) =>
        string.Equals(culture?.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    /// <summary><paramref name="english"/> for an English culture, else <paramref name="bulgarian"/>.</summary>
    public static string Pick(CultureInfo? culture, string bulgarian, string english) =>
        IsEnglish(culture) ? english : bulgarian;
}
