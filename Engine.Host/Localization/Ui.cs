using System.Globalization;
using Languages = CaseSystem.Workflows.Municipal.Language;

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

        return Languages.Pick(culture, text.Bulgarian, text.English);
    }

    /// <summary>The language a page is in, for its <c>lang</c> attribute.</summary>
    public static string Language =>
        Languages.IsEnglish(CultureInfo.CurrentUICulture) ? "en" : "bg";
}
