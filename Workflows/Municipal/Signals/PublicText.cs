using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// What of a signal the public may see. The description is published only when its sender agreed and it shows
/// nothing that looks personal (an e-mail address, a phone or other long number such as an ЕГН, a licence plate);
/// otherwise the public sees the category alone. The place is approximate: the point rounded to three decimals
/// (about 110 by 80 metres in Sofia), the address cut to its street or quarter, without numbers.
/// </summary>
public static partial class PublicText
{
    /// <summary>The description as the public may read it, or null.</summary>
    public static string? Description(string description, bool shared)
    {
        ArgumentNullException.ThrowIfNull(description);
        if (!shared || description.Contains('@', StringComparison.Ordinal) || LongNumber().IsMatch(description)
            || Plate().IsMatch(description.ToUpperInvariant()))
        {
            return null;
        }

        return description.Trim();
    }

    public static double Round(double degrees) => Math.Round(degrees, 3, MidpointRounding.AwayFromZero);

    /// <summary>The first part of an address, its numbers and the words that introduce them dropped.</summary>
    public static string? Address(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var first = address.Split([',', ';'], 2)[0];
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Any(char.IsDigit))
            .ToList();
        while (words.Count > 0 && NumberWords.Contains(words[^1].ToLower(CultureInfo.InvariantCulture)))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static readonly HashSet<string> NumberWords =
        new(["№", "no", "no.", "бл.", "бл", "вх.", "вх", "ет.", "ет", "ап.", "ап", "номер"], StringComparer.Ordinal);

    // Seven digits or more, with spaces, dots, hyphens or slashes between them: phones, ЕГН, ЕИК, accounts.
    [GeneratedRegex(@"\d(?:[\s.\-/]*\d){6,}")]
    private static partial Regex LongNumber();

    // A Bulgarian plate: one or two letters, four digits, two letters, in the Latin letters plates use or their
    // Cyrillic look-alikes (СА 1234 АВ, CA1234AB).
    [GeneratedRegex(@"\b[ABEKMHOPCTYXАВЕКМНОРСТУХ]{1,2}\s?\d{4}\s?[ABEKMHOPCTYXАВЕКМНОРСТУХ]{2}\b")]
    private static partial Regex Plate();
}
