using System.Globalization;
using System.Text;

namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// Turns the name a sender gave a file into one that is safe to keep, show and offer for download on any system:
/// no folders, no control or direction characters, no Windows reserved names, at most 255 bytes in UTF-8.
/// Letters of any script, Cyrillic included, are kept.
/// </summary>
public static class SafeFileName
{
    public const int MaxUtf8Bytes = 255;

    private const int MaxExtensionLength = 16;

    private static readonly string[] ReservedNames =
    [
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    ];

    public static string Clean(string? name, string fallback = "document")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fallback);
        if (string.IsNullOrWhiteSpace(name))
        {
            return fallback;
        }

        var normalized = name.Normalize(NormalizationForm.FormC);

        // A browser may send a whole path; only its last part names the file.
        var lastPart = normalized[(normalized.LastIndexOfAny(['/', '\\']) + 1)..];

        var cleaned = TrimEnds(WithoutUnsafeCharacters(lastPart));
        if (cleaned.Length == 0)
        {
            return fallback;
        }

        if (IsReserved(cleaned))
        {
            cleaned = "_" + cleaned;
        }

        return Shorten(cleaned);
    }

    private static string WithoutUnsafeCharacters(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);

            // Control characters break logs and headers; format characters such as U+202E (right-to-left override)
            // can make "invoice‮fdp.exe" look like a PDF.
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*')
            {
                builder.Append('_');
            }
            else if (category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                     or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    // Leading dots hide a file on Unix; trailing dots and spaces are dropped by Windows, so "a.pdf." is not "a.pdf".
    private static string TrimEnds(string name) => name.Trim(' ', '.');

    private static bool IsReserved(string name)
    {
        // Windows reserves the name with any extension, and ignores trailing spaces before it ("NUL .txt").
        var stem = name.Split('.')[0].TrimEnd(' ');
        return ReservedNames.Contains(stem, StringComparer.OrdinalIgnoreCase);
    }

    private static string Shorten(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxUtf8Bytes)
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= MaxExtensionLength ? name[dot..] : "";
        var stem = name[..(name.Length - extension.Length)];
        var budget = MaxUtf8Bytes - Encoding.UTF8.GetByteCount(extension);

        // Cut between whole text elements, so no letter loses its accent or half of a surrogate pair.
        var kept = new StringBuilder();
        var used = 0;
        var elements = StringInfo.GetTextElementEnumerator(stem);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (used + size > budget)
            {
                break;
            }

            kept.Append(element);
            used += size;
        }

        return TrimEnds(kept.ToString()) + extension;
    }
}
