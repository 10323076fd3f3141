using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Time;

/// <summary>Starts the workflow every interval as a trigger; inside a flow, waits one interval.</summary>
public sealed class Timer : TimeActivity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.Timer",
        Category = "Scheduling",
        DisplayName = "Timer",
        Description = "Triggers at a fixed interval.",
        Kind = ActivityKind.Trigger,
        IsBlocking = true,
        Inputs = [Input("interval", "TimeSpan", "Interval", "The time between occurrences (for example 01:00:00).",
            required: true)],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        TimeActivities.WaitUntil(context, context.Now + context.Get<TimeSpan>("interval"));
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<BookmarkPayload> GetTriggerPayloads(TriggerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var interval = context.Get<TimeSpan>("interval");
        yield return new BookmarkPayload(Descriptor.TypeName,
            new JsonObject { ["interval"] = interval.ToString("c", CultureInfo.InvariantCulture) });
    }
}
