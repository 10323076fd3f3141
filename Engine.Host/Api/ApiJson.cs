using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSystem.Host.Api;

/// <summary>Reads request bodies as JSON with messages that say where the JSON is broken.</summary>
internal static class ApiJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <exception cref="BadRequestException">The body is empty, not JSON, or not an object.</exception>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        return await ParseObjectAsync(request.Body, cancellationToken);
    }

    /// <summary>Like <see cref="ReadObjectAsync"/>, but an empty body is an empty object.</summary>
    public static async Task<JsonObject> ReadOptionalObjectAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (request.ContentLength == 0)
        {
            return [];
        }

        // Headers do not tell reliably that no body comes (no Content-Length, a Content-Type with nothing after
        // it, an empty chunked body), so the body is read; Kestrel's size limit still bounds it.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        if (body.Length == 0)
        {
            return [];
        }

        body.Position = 0;
        return await ParseObjectAsync(body, cancellationToken);
    }

    private static async Task<JsonObject> ParseObjectAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(body, documentOptions: Options, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            throw new BadRequestException("The request body is not valid JSON",
                $"Line {e.LineNumber + 1}, position {e.BytePositionInLine}: {e.Message}");
        }

        return node as JsonObject
            ?? throw new BadRequestException("The request body must be a JSON object", "Send an object: { ... }.");
    }
}

/// <summary>A request the API cannot act on; answered with 400 and the detail of what to change.</summary>
public sealed class BadRequestException : Exception
{
    public BadRequestException()
    {
    }

    public BadRequestException(string message)
        : base(message)
    {
    }

    public BadRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BadRequestException(string title, string detail)
        : base(title)
    {
        Detail = detail;
    }

    public string? Detail { get; }
}
