using CaseSystem.Workflows.Engine.Activities.Http;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.AspNetCore.Http.Extensions;

namespace CaseSystem.Host.Api;

/// <summary>
/// <c>/workflows/{path}</c>: a request is a stimulus for HTTP endpoints; the response is what the started or
/// resumed workflow wrote with WriteHttpResponse.
/// </summary>
internal static class HttpWorkflowEndpoints
{
    public static IEndpointRouteBuilder MapHttpWorkflows(this IEndpointRouteBuilder app)
    {
        app.Map("/workflows/{**path}", HandleAsync).WithTags("HTTP workflows").ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, WorkflowRuntime runtime, string path,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        string? body = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(request.Body);
            body = await reader.ReadToEndAsync(cancellationToken);
        }

        var data = new HttpRequestData(
            request.Method,
            request.GetEncodedPathAndQuery(),
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()),
            body,
            request.ContentType);
        var payload = HttpEndpoint.Payload(path, request.Method);

        // A request nobody answers is a 404 now, not a stimulus that waits for an endpoint to appear.
        var outcome = await runtime.StimulateAsync(new Stimulus(payload.Name, payload.ToJsonObject(), data),
            queueIfUnmatched: false, cancellationToken);

        var response = outcome.Started.Concat(outcome.Resumed).Select(r => r.HttpResponse)
            .FirstOrDefault(r => r is not null);
        if (response is not null)
        {
            foreach (var (name, value) in response.Headers)
            {
                context.Response.Headers[name] = value;
            }

            return Results.Text(response.Body ?? "", response.ContentType, statusCode: response.StatusCode);
        }

        return outcome.Started.Count + outcome.Resumed.Count > 0
            ? Results.NoContent()
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No workflow answers this request",
                detail: $"No published workflow has an HTTP endpoint for {request.Method} /workflows/{path}.");
    }
}
