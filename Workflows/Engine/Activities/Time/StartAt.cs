using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Time;

/// <summary>Starts the workflow at a moment as a trigger; inside a flow, waits until that moment.</summary>
public sealed class StartAt : TimeActivity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.StartAt",
        Category = "Scheduling",
        DisplayName = "Start At",
        Description = "Triggers at a given date and time.",
        Kind = ActivityKind.Trigger,
        IsBlocking = true,
        Inputs = [Input("dateTime", "DateTimeOffset", "Date and time", "When to continue.", UIHints.DateTimePicker,
            required: true)],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var at = context.Get<DateTimeOffset>("dateTime");
        if (at <= context.Now)
        {
            context.Complete();
        }
        else
        {
            TimeActivities.WaitUntil(context, at);
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<BookmarkPayload> GetTriggerPayloads(TriggerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var at = context.Get<DateTimeOffset>("dateTime");
        yield return new BookmarkPayload(Descriptor.TypeName,
            new JsonObject { ["startAt"] = at.ToString("O", CultureInfo.InvariantCulture) });
    }
}
