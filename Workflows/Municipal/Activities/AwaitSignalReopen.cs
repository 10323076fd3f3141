using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Signals;
using static CaseSystem.Workflows.Municipal.Activities.Describe;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>
/// Waits, after a signal was fixed, for its sender or staff to reopen it (<see cref="SignalService.ReopenAsync"/>)
/// until the reopening window closes: <c>Reopened</c> or <c>Expired</c>. A reopening asked for while the workflow
/// did something else (sending the letter) is found on the signal and taken at once.
/// </summary>
public sealed class AwaitSignalReopen(ActivityFacts facts, SignalCatalogue catalogue) : Activity
{
    public const string TypeNameValue = "CaseSystem.AwaitSignalReopen";
    public const string ReopenedPort = "Reopened";
    public const string ExpiredPort = "Expired";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeNameValue,
        Category = Describe.Category,
        DisplayName = "Await Signal Reopen",
        Description = "Waits for a fixed signal to be reopened, until the reopening window closes.",
        IsBlocking = true,
        Inputs =
        [
            Input("within", "TimeSpan", "Within",
                "How long after it was fixed it may be reopened; the configured time when empty."),
            CaseId(),
        ],
        Ports = [ReopenedPort, ExpiredPort],
    };

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var caseId = ActivityFacts.CaseOf(context);
        var (signal, _) = await facts.SignalAsync(caseId, context.CancellationToken);
        if (signal.ReopenRequestedAt is not null)
        {
            Reopened(context, caseId);
            return;
        }

        var within = context.Get<TimeSpan?>("within") is { } given && given > TimeSpan.Zero
            ? given
            : catalogue.Options.ReopenWithin;
        var until = (signal.ResolvedAt ?? context.Now) + within;
        if (until <= context.Now)
        {
            context.Complete(ExpiredPort);
            return;
        }

        context.CreateBookmark(SignalReopening.Payload(caseId));
        var timer = new JsonObject
        {
            ["caseId"] = caseId.ToString(),
            ["resumeAt"] = until.ToString("O", CultureInfo.InvariantCulture),
        };
        context.CreateBookmark(new BookmarkPayload(TypeNameValue, timer), includeActivityInstanceId: true,
            resumeAt: until);
    }

    public override async ValueTask ResumeAsync(ActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);

        var caseId = ActivityFacts.CaseOf(context);
        if (input is not null)
        {
            Reopened(context, caseId);
            return;
        }

        // The window closed; a reopening asked for in its last moment still counts.
        var (signal, _) = await facts.SignalAsync(caseId, context.CancellationToken);
        if (signal.ReopenRequestedAt is not null)
        {
            Reopened(context, caseId);
            return;
        }

        context.Complete(ExpiredPort);
    }

    private static void Reopened(ActivityContext context, Guid caseId)
    {
        context.AddEffect(new ReopenTakenEffect(caseId));
        context.Complete(ReopenedPort);
    }
}

/// <summary>The stimulus a reopening sends to the signal's workflow.</summary>
public static class SignalReopening
{
    public const string StimulusName = "CaseSystem.SignalReopened";

    public static BookmarkPayload Payload(Guid caseId) =>
        new(StimulusName, new JsonObject { ["caseId"] = caseId.ToString() });

    public static Stimulus Stimulus(Guid caseId) =>
        new(StimulusName, Payload(caseId).ToJsonObject(), new JsonObject { ["reopened"] = true });
}
