using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Validation;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.DocumentStore.Storage;
using CaseSystem.Host.Cases;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.AspNetCore.Diagnostics;

namespace CaseSystem.Host.Api;

/// <summary>
/// Turns the errors a caller can cause into ProblemDetails that say what to change; anything else is a 500
/// without internals.
/// </summary>
internal sealed partial class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> log)
    : IExceptionHandler
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
            DocumentUnavailableException { UnderLegalHold: true } e => (409, "The document is under legal hold",
                e.Message, null),
            DocumentUnavailableException e => (404, "Document not found", e.Message, null),
            UploadRejectedException e => (e.Reason switch
            {
                UploadRejection.TooLarge => 413,
                UploadRejection.TypeNotAllowed => 415,
                _ => 400,
            }, "The file was not accepted", e.Message, null),
            LinkNotUsableException e => (e.StatusCode, e.Message, e.Detail, null),
            ObjectIntegrityException e => Damaged(e),
            TaskNotFoundException e => (404, "Task not found", e.MessageFor(Culture), null),
            TaskForbiddenException e => (403, "This task is not yours to change", e.MessageFor(Culture), null),
            TaskConflictException e => (409, "The task has changed", e.MessageFor(Culture), null),
            TaskFormException e => (400, "The task's form has errors", e.MessageFor(Culture),
                new Dictionary<string, object?>
                {
                    ["errors"] = e.Errors.ToDictionary(x => x.Key, x => x.Value.MessageFor(Culture)),
                }),
            CaseNotFoundException e => (404, "Case not found", e.Message, null),
            RegisterEntryException { OnlyCaseUnseen: true } e => (404, "Case not found", e.Message,
                Fields(e.Errors)),
            RegisterEntryException e => (400, "The document cannot be registered as given", e.Message,
                Fields(e.Errors)),
            CaseForbiddenException e => (403, "This case is not yours to change", e.Message, null),
            InvalidApplicantException e => (400, "The applicant's identifier is not valid", e.Message, null),
            CaseStatusException e => (409, "The case cannot move to that status", e.Message, null),
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

    private (int, string, string, Dictionary<string, object?>?) Damaged(ObjectIntegrityException e)
    {
        LogDamaged(e.Message);
        return (500, "The stored content is damaged",
            "The document's content no longer matches its hash, so it is not served. An administrator has been "
            + "told; restore the object from a backup.", null);
    }

    private static Dictionary<string, object?> Fields(IReadOnlyDictionary<string, string> errors) =>
        new() { ["errors"] = errors };

    private static System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.CurrentUICulture;

    [LoggerMessage(Level = LogLevel.Critical, Message = "A stored object failed its hash check: {Problem}")]
    private partial void LogDamaged(string problem);
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
