using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Validation;
using CaseSystem.Workflows.Runtime.Definitions;
using Microsoft.AspNetCore.Diagnostics;

namespace CaseSystem.Host.Api;

/// <summary>
/// Turns the errors a caller can cause into ProblemDetails that say what to change; anything else is a 500
/// without internals.
/// </summary>
internal sealed class ProblemMapping(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception,
        CancellationToken cancellationToken)
    {
        var (status, title, detail, extensions) = exception switch
        {
            BadRequestException e => (400, e.Message, e.Detail, null),
            DefinitionFormatException e => (400, "The workflow definition cannot be read", e.Message, null),
            WorkflowValidationException e => (400, "The workflow definition is not valid",
                $"{e.Errors.Count} problem(s); each names the activity and input to change.",
                new Dictionary<string, object?>
                {
                    ["errors"] = e.Errors.Select(x =>
                        new { activityId = x.ActivityId, input = x.Input, message = x.Message }),
                }),
            DefinitionNotFoundException e => (404, "Workflow definition not found", e.Message, null),
            InstanceNotFoundException e => (404, "Workflow instance not found", e.Message, null),
            BadHttpRequestException { StatusCode: 413 } => (413, "The request body is too large",
                "Send a smaller body; the limit is Api:MaxRequestBodyBytes.", null),
            BadHttpRequestException e => (e.StatusCode, "The request is not valid", e.Message, null),
            _ => (0, null, null, null),
        };

        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                Detail = detail,
                Extensions = extensions ?? new Dictionary<string, object?>(),
            },
        });
    }
}

/// <summary>No instance has the id the caller gave.</summary>
public sealed class InstanceNotFoundException : Exception
{
    public InstanceNotFoundException()
    {
    }

    public InstanceNotFoundException(string instanceId)
        : base($"No workflow instance has the id '{instanceId}'.")
    {
    }

    public InstanceNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
