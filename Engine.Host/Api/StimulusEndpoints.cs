using CaseSystem.Workflows.Engine.Activities.Events;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;
using CaseSystem.Workflows.Runtime.Instances;

namespace CaseSystem.Host.Api;

/// <summary>Events and task completions: stimuli that start triggers and resume bookmarks.</summary>
internal static class StimulusEndpoints
{
    public static RouteGroupBuilder MapStimulusEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/events/{eventName}/trigger", TriggerEventAsync).WithTags("Events")
            .WithSummary("Publish an event: { payload, correlationId, workflowInstanceId }, all optional");
        api.MapPost("/tasks/{taskId}/complete", CompleteTaskAsync).WithTags("Tasks")
            .WithSummary("Complete a task a RunTask activity asked for: { result }");
        return api;
    }

    private static async Task<IResult> TriggerEventAsync(HttpRequest request, WorkflowRuntime runtime, string eventName,
        CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadOptionalObjectAsync(request, cancellationToken);
        var payload = Event.Payload(eventName);
        var stimulus = new Stimulus(payload.Name, payload.ToJsonObject(), ValueConverter.FromJson(body["payload"]))
        {
            CorrelationId = body["correlationId"]?.GetValue<string>(),
            WorkflowInstanceId = body["workflowInstanceId"]?.GetValue<string>(),
        };

        return Results.Ok(StimulusView.From(
            await runtime.StimulateAsync(stimulus, cancellationToken: cancellationToken)));
    }

    private static async Task<IResult> CompleteTaskAsync(HttpRequest request, WorkflowRuntime runtime, string taskId,
        CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadOptionalObjectAsync(request, cancellationToken);
        var outcome = await runtime.CompleteTaskAsync(
            taskId, ValueConverter.FromJson(body["result"]), cancellationToken);
        return Results.Ok(StimulusView.From(outcome));
    }
}

/// <summary>What a stimulus did: instances started and resumed, or that it waits for a bookmark.</summary>
internal sealed record StimulusView(string StimulusId, IReadOnlyList<string> StartedInstances,
    IReadOnlyList<string> ResumedInstances, bool Queued)
{
    public static StimulusView From(StimulusOutcome outcome) => new(outcome.StimulusId,
        outcome.Started.Select(r => r.Instance.Id).ToList(), outcome.Resumed.Select(r => r.Instance.Id).ToList(),
        outcome.Queued);
}
