using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Events;

/// <summary>Waits for a named event, or starts the workflow when the event is published.</summary>
public sealed class Event : Activity
{
    public const string StimulusName = "Elsa.Event";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = StimulusName,
        Category = "Primitives",
        DisplayName = "Event",
        Description = "Waits for an event with the given name; its payload becomes the result.",
        Kind = ActivityKind.Trigger,
        IsBlocking = true,
        Inputs = [Input("eventName", "String", "Event name", "The name of the event to wait for.", required: true)],
        Outputs = [Output("result", "Object", "Result", "The payload the event carried.")],
    };

    public static BookmarkPayload Payload(string eventName) =>
        new(StimulusName, new JsonObject { ["eventName"] = eventName });

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.CreateBookmark(Payload(context.Get<string>("eventName")!));
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<BookmarkPayload> GetTriggerPayloads(TriggerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        yield return Payload(context.Get<string>("eventName")!);
    }
}
