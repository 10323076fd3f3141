using System.Globalization;
using System.Text.Json;

namespace CaseSystem.DocumentStore.Templates;

/// <summary>
/// Case data as Liquid sees it: JSON objects become dictionaries, arrays lists, numbers decimals. Strings are kept
/// exactly but for private-use marks that stop data from changing the layout (see <see cref="LayoutLines"/>):
/// a line feed, a '|', a '\\' (which continues a line), a '*' (which could make bold) and a
/// leading layout sign are marked, and the marks are undone once the lines are read.
/// </summary>
internal static class TemplateData
{
    public const char Pipe = '\uE000';
    public const char LineFeed = '\uE001';
    public const char Guard = '\uE002';
    public const char Backslash = '\uE003';
    public const char Star = '\uE004';

    /// <summary>The characters that start a layout line; data that starts with one is guarded.</summary>
    public const string LayoutSigns = "#=|@~^>-";

    public static Dictionary<string, object?> ToModel(JsonElement data) =>
        (Dictionary<string, object?>)Convert(data)!;

    /// <summary>The first required field that is missing, null, an empty string or an empty array.</summary>
    public static string? FirstMissing(JsonElement data, IEnumerable<string> required) =>
        required.Select(p => p.TrimEnd('[', ']')).FirstOrDefault(path => !IsPresent(data, path));

    /// <summary>The first field that must be an array (its path ends in []) but is something else.</summary>
    public static string? FirstNotArray(JsonElement data, IEnumerable<string> required) =>
        required.Where(p => p.EndsWith("[]", StringComparison.Ordinal)).Select(p => p[..^2])
            .FirstOrDefault(path => Find(data, path) is { ValueKind: not JsonValueKind.Array });

    public static string Restore(string text) =>
        text.Replace(Guard.ToString(), "", StringComparison.Ordinal).Replace(Pipe, '|').Replace(LineFeed, '\n')
            .Replace(Backslash, '\\').Replace(Star, '*');

    private static JsonElement? Find(JsonElement data, string path)
    {
        var current = data;
        foreach (var name in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static bool IsPresent(JsonElement data, string path)
    {
        if (Find(data, path) is not { } current)
        {
            return false;
        }

        return current.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => false,
            JsonValueKind.String => !string.IsNullOrWhiteSpace(current.GetString()),
            JsonValueKind.Array => current.GetArrayLength() > 0,
            _ => true,
        };
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Convert(g.Last().Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => Mark(element.GetString()!),
        JsonValueKind.Number => element.TryGetDecimal(out var number)
            ? number
            : double.Parse(element.GetRawText(), CultureInfo.InvariantCulture),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static string Mark(string text)
    {
        var marked = text.ReplaceLineEndings("\n").Replace('\n', LineFeed).Replace('|', Pipe)
            .Replace('\\', Backslash).Replace('*', Star);
        var start = marked.TrimStart();
        return start.Length > 0 && LayoutSigns.Contains(start[0], StringComparison.Ordinal) ? Guard + marked : marked;
    }
}
