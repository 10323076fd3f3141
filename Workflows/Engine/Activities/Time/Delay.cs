using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Time;

/// <summary>Waits for a span of time; the runtime turns the bookmark into a scheduled job.</summary>
public sealed class Delay : TimeActivity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.Delay",
        Category = "Scheduling",
        DisplayName = "Delay",
        Description = "Waits for the given time, then continues.",
        IsBlocking = true,
        Inputs = [Input("timeSpan", "TimeSpan", "Time span", "How long to wait (for example 00:05:00).",
            required: true)],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        TimeActivities.WaitUntil(context, context.Now + context.Get<TimeSpan>("timeSpan"));
        return ValueTask.CompletedTask;
    }
}

/// <summary>What the time activities share: the bookmark of a moment.</summary>
internal static class TimeActivities
{
    public static Bookmark WaitUntil(ActivityContext context, DateTimeOffset resumeAt)
    {
        var payload = new JsonObject { ["resumeAt"] = resumeAt.ToString("O", CultureInfo.InvariantCulture) };
        return context.CreateBookmark(new BookmarkPayload(context.Node.Node.Type, payload),
            includeActivityInstanceId: true, resumeAt: resumeAt);
    }
}
