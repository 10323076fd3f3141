using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Http;

/// <summary>
/// Receives an HTTP request under <c>/workflows/{path}</c>: as a trigger it starts the workflow, inside a flow it
/// waits for the request. The request becomes its outputs.
/// </summary>
public sealed class HttpEndpoint : Activity
{
    public const string StimulusName = "Elsa.HttpEndpoint";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = StimulusName,
        Category = "HTTP",
        DisplayName = "HTTP Endpoint",
        Description = "Handles an HTTP request to /workflows/{path}.",
        Kind = ActivityKind.Trigger,
        IsBlocking = true,
        Inputs =
        [
            Input("path", "String", "Path", "The path under /workflows, for example 'orders/new'.", required: true),
            Input("supportedMethods", "String[]", "Methods", "The HTTP methods to answer.", UIHints.MultiText,
                defaultValue: new List<string> { "GET" }),
            Input("authorize", "Boolean", "Authorize", "Only authenticated callers may call it.", UIHints.Checkbox),
            Input("policy", "String", "Policy", "The authorization policy callers must satisfy."),
            Input("requestTimeout", "TimeSpan", "Request timeout", "How long to wait for the request body."),
            Input("requestSizeLimit", "Int64", "Request size limit", "The largest body accepted, in bytes."),
        ],
        Outputs =
        [
            Output("parsedContent", "Object", "Parsed content", "The body, parsed when it is JSON."),
            Output("routeData", "ObjectMap", "Route data", "Values taken from the route."),
            Output("queryStringData", "ObjectMap", "Query string", "The query string values."),
            Output("headers", "ObjectMap", "Headers", "The request headers."),
            Output("result", "Object", "Request", "The whole request."),
        ],
        Ports = ["Done", "Request too large", "File too large", "Invalid file extension", "Invalid file MIME type"],
    };

    /// <summary>The stimulus an HTTP request raises: the path without slashes at its ends, lower-case.</summary>
    public static BookmarkPayload Payload(string path, string method) => new(StimulusName, new JsonObject
    {
        ["path"] = NormalizePath(path),
        ["method"] = method.ToUpperInvariant(),
    });

    public static string NormalizePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        return path.Trim().Trim('/').ToLowerInvariant();
    }

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var path = context.Get<string>("path")!;
        foreach (var method in context.Get<List<string>>("supportedMethods") ?? ["GET"])
        {
            context.CreateBookmark(Payload(path, method));
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (input is HttpRequestData request)
        {
            context.SetOutput("headers", request.Headers.ToDictionary(h => h.Key, h => (object?)h.Value));
            context.SetOutput("queryStringData", request.Query.ToDictionary(q => q.Key, q => (object?)q.Value));
            context.SetOutput("routeData", new Dictionary<string, object?>());
            context.SetOutput("parsedContent", Parse(request));
            context.SetOutput("result", new Dictionary<string, object?>
            {
                ["method"] = request.Method,
                ["path"] = request.Path,
                ["contentType"] = request.ContentType,
                ["body"] = request.Body,
            });
        }
        else
        {
            context.SetOutput("result", input);
        }

        context.Complete();
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<BookmarkPayload> GetTriggerPayloads(TriggerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var path = context.Get<string>("path")!;
        return (context.Get<List<string>>("supportedMethods") ?? ["GET"]).Select(method => Payload(path, method));
    }

    private static object? Parse(HttpRequestData request)
    {
        if (string.IsNullOrEmpty(request.Body))
        {
            return null;
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return request.Body;
        }

        try
        {
            return ValueConverter.FromJson(JsonNode.Parse(request.Body));
        }
        catch (JsonException e)
        {
            throw new WorkflowFaultException($"The request body is not valid JSON: {e.Message}", e);
        }
    }
}
