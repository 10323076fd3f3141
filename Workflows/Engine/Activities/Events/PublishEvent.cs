using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Events;

/// <summary>Publishes an event: every workflow waiting on it, or started by it, receives it after this run.</summary>
public sealed class PublishEvent : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.PublishEvent",
        Category = "Primitives",
        DisplayName = "Publish Event",
        Description = "Publishes an event that starts or resumes the workflows waiting for it.",
        Inputs =
        [
            Input("eventName", "String", "Event name", "The name of the event.", required: true),
            Input("correlationId", "String", "Correlation ID", "Deliver only to instances with this correlation id."),
            Input("isLocal", "Boolean", "Local", "Deliver only to this workflow instance.", UIHints.Checkbox),
            Input("payload", "Object", "Payload", "Data the event carries.", UIHints.JsonEditor),
        ],
    };

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var stimulus = new Stimulus(Event.StimulusName, Event.Payload(context.Get<string>("eventName")!).ToJsonObject(),
            context.Get("payload"))
        {
            CorrelationId = context.Get<string>("correlationId"),
            WorkflowInstanceId = context.Get<bool>("isLocal") ? context.Instance.Id : null,
        };

        await context.Invoker.PublishAsync(stimulus, context.CancellationToken);
        context.Complete();
    }
}
