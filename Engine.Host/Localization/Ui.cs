using System.Globalization;

namespace CaseSystem.Host.Localization;

/// <summary>
/// The texts of pages, in Bulgarian (the default) and English, looked up by key for the request's culture. One
/// catalogue in code: a missing translation fails the catalogue test, not a page in front of a citizen.
/// </summary>
public sealed class Ui
{
    public static readonly CultureInfo Bulgarian = CultureInfo.GetCultureInfo("bg");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public string this[string key] => Text(key, CultureInfo.CurrentUICulture);

    public static string Text(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);

        if (!UiTexts.Catalogue.TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"No page text has the key '{key}'; add it to UiTexts.");
        }

        return culture.TwoLetterISOLanguageName == "en" ? text.English : text.Bulgarian;
    }

    /// <summary>The language a page is in, for its <c>lang</c> attribute.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "bg";
}
