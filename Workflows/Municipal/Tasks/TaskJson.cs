using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>The JSON text of task columns: Cyrillic kept readable, since the text is stored, not served.</summary>
internal static class TaskJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(IEnumerable<string> values) => JsonSerializer.Serialize(values, Options);

    public static string? Write(JsonNode? node) => node?.ToJsonString(Options);

    public static IReadOnlyList<string> Strings(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        return JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];
    }
}
