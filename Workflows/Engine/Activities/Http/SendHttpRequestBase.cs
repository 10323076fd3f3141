using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Http;

/// <summary>What both HTTP request activities share: the inputs, the call, and the outputs.</summary>
public abstract class SendHttpRequestBase : Activity
{
    protected static IReadOnlyList<InputDescriptor> RequestInputs { get; } =
    [
        Input("url", "String", "URL", "The address to call.", required: true),
        Input("method", "String", "Method", "The HTTP method.", UIHints.Dropdown, defaultValue: "GET",
            options: ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]),
        Input("content", "Object", "Content", "The body: text as it is, anything else as JSON.", UIHints.MultiLine),
        Input("contentType", "String", "Content type", "The body's media type."),
        Input("authorization", "String", "Authorization", "The Authorization header value."),
        Input("requestHeaders", "StringMap", "Headers", "Extra request headers.", UIHints.JsonEditor),
    ];

    protected static IReadOnlyList<OutputDescriptor> ResponseOutputs { get; } =
    [
        Output("statusCode", "Int32", "Status code", "The response's status code."),
        Output("parsedContent", "Object", "Parsed content", "The body, parsed when it is JSON."),
        Output("responseHeaders", "StringMap", "Response headers", "The response's headers."),
        Output("result", "Object", "Response", "Status, headers and body together."),
    ];

    /// <summary>Sends the request and sets the outputs; returns the status code.</summary>
    protected static async Task<int> SendAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        using var request = new HttpRequestMessage(
            new HttpMethod(context.Get<string>("method") ?? "GET"),
            new Uri(context.Get<string>("url")!, UriKind.Absolute));

        var content = context.Get("content");
        if (content is not null)
        {
            var text = content as string ?? ValueConverter.ToJson(content)!.ToJsonString();
            var mediaType = context.Get<string>("contentType")
                ?? (content is string ? "text/plain" : "application/json");
            request.Content = new StringContent(text, Encoding.UTF8, mediaType);
        }

        if (context.Get<string>("authorization") is { Length: > 0 } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        foreach (var (name, value) in context.Get<Dictionary<string, string>>("requestHeaders") ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await context.Services.HttpClient().SendAsync(request, context.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(context.CancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var parsed = Parse(body, response.Content.Headers.ContentType);
        var status = (int)response.StatusCode;

        context.SetOutput("statusCode", status);
        context.SetOutput("responseHeaders", headers);
        context.SetOutput("parsedContent", parsed);
        context.SetOutput("result", new Dictionary<string, object?>
        {
            ["statusCode"] = status,
            ["headers"] = headers.ToDictionary(h => h.Key, h => (object?)h.Value),
            ["content"] = parsed,
        });
        return status;
    }

    private static object? Parse(string body, MediaTypeHeaderValue? contentType)
    {
        if (contentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true || body.Length == 0)
        {
            return body;
        }

        try
        {
            return ValueConverter.FromJson(JsonNode.Parse(body));
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
