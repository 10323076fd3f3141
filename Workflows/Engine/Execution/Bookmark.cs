using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// What a bookmark or trigger waits for: a stimulus name (the activity type by default) and a payload
/// (event name, task id, HTTP path and method, resume time, child instance).
/// </summary>
public sealed class BookmarkPayload
{
    // Cyrillic event names stay readable in stored payloads instead of turning into \u escapes.
    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public BookmarkPayload(string name, JsonObject? payload)
    {
        ArgumentNullException.ThrowIfNull(name);

        Name = name;
        Json = payload?.ToJsonString(Compact);
    }

    public string Name { get; }

    /// <summary>The payload as compact JSON, exactly as hashed; null when there is no payload.</summary>
    public string? Json { get; }

    /// <summary>The hash a stimulus with this name and payload matches.</summary>
    public string Hash => BookmarkHash.Compute(Name, Json, null);

    public JsonObject? ToJsonObject() => Json is null ? null : JsonNode.Parse(Json) as JsonObject;
}

/// <summary>The mark a blocking activity leaves; a stimulus whose hash matches resumes it.</summary>
public sealed record Bookmark
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Hash { get; init; }

    public string? Payload { get; init; }

    public required string ActivityId { get; init; }

    public required string ActivityInstanceId { get; init; }

    public required int NodeIndex { get; init; }

    public required int ScopeId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>For time-based bookmarks: when the stimulus is due.</summary>
    public DateTimeOffset? ResumeAt { get; init; }
}

public static class BookmarkHash
{
    /// <summary>
    /// Lower-case hex SHA-256 of <c>name|payloadJson|activityInstanceId</c>, absent parts left out, as Elsa hashes.
    /// </summary>
    public static string Compute(string name, string? payloadJson, string? activityInstanceId)
    {
        ArgumentNullException.ThrowIfNull(name);

        var text = (payloadJson, activityInstanceId) switch
        {
            (null, null) => name,
            (null, _) => $"{name}|{activityInstanceId}",
            (_, null) => $"{name}|{payloadJson}",
            _ => $"{name}|{payloadJson}|{activityInstanceId}",
        };

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash);
    }
}

/// <summary>Something that happened outside the workflow: an event, a completed task, a request, a timer.</summary>
public sealed record Stimulus(string Name, JsonObject? Payload, object? Input = null)
{
    public string? CorrelationId { get; init; }

    public string? WorkflowInstanceId { get; init; }

    public string Hash => new BookmarkPayload(Name, Payload).Hash;
}
