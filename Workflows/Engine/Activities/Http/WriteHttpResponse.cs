using System.Net;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Http;

/// <summary>Writes the answer to the HTTP request that started or resumed the workflow.</summary>
public sealed class WriteHttpResponse : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.WriteHttpResponse",
        Category = "HTTP",
        DisplayName = "HTTP Response",
        Description = "Writes the response to the current HTTP request.",
        Inputs =
        [
            Input("statusCode", "String", "Status code", "The status, by name (OK) or number (200).",
                UIHints.Dropdown, defaultValue: "OK"),
            Input("content", "Object", "Content", "The body: text as it is, anything else as JSON.", UIHints.MultiLine),
            Input("contentType", "String", "Content type", "The media type; chosen from the content when empty."),
            Input("responseHeaders", "StringMap", "Headers", "Extra response headers.", UIHints.JsonEditor),
        ],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var content = context.Get("content");
        var body = content is string text ? text
            : content is null ? null : ValueConverter.ToJson(content)?.ToJsonString();
        var contentType = context.Get<string>("contentType") is { Length: > 0 } given ? given
            : content is string or null ? "text/plain; charset=utf-8" : "application/json; charset=utf-8";

        context.WriteHttpResponse(new HttpResponseData(
            ParseStatus(context.Get<string>("statusCode")),
            contentType,
            body,
            context.Get<Dictionary<string, string>>("responseHeaders") ?? []));
        context.Complete();
        return ValueTask.CompletedTask;
    }

    private static int ParseStatus(string? status) => status switch
    {
        null or "" => 200,
        _ when int.TryParse(status, out var code) => code,
        _ when Enum.TryParse<HttpStatusCode>(status, ignoreCase: true, out var named) => (int)named,
        _ => throw new WorkflowFaultException($"'{status}' is not an HTTP status; write a name (OK) or a number."),
    };
}
