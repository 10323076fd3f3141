using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Signals;
using static CaseSystem.Workflows.Municipal.Activities.Describe;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>
/// The decision's deadline: <c>months</c> from the start of the signal's term, never beyond the configured maximum;
/// without <c>months</c>, the deadline already set. The term starts at receipt, or at the last reopening for a
/// reopened signal (<c>from</c> Now starts a new term, as a reopening does). An extension never shortens the
/// deadline: asking for no later one keeps it and tells nobody. Its output <c>dueInWorkingDays</c> is what a
/// human task's <c>dueInWorkingDays</c> takes, so the task ends with the signal's deadline, however often it is
/// opened again. An extension tells the sender (<c>notify</c>).
/// </summary>
public sealed class SetSignalDeadline(ActivityFacts facts, SignalCatalogue catalogue) : Activity
{
    public const string TypeNameValue = "CaseSystem.SetSignalDeadline";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeNameValue,
        Category = Describe.Category,
        DisplayName = "Set Signal Deadline",
        Description = "Sets or extends the decision's deadline and gives it in working days from now.",
        Inputs =
        [
            Input("months", "Int32", "Months", "Months to the decision; empty keeps the deadline already set."),
            Input("from", "String", "Counted from",
                "Received (the default): from receipt, or from the last reopening; Now: a new term from now.",
                UIHints.Dropdown, defaultValue: "Received", options: ["Received", "Now"]),
            Input("notify", "Boolean", "Tell the sender", "An extension: the sender is told of the new deadline.",
                UIHints.Checkbox, defaultValue: false),
            CaseId(),
        ],
        Outputs =
        [
            Output("dueInWorkingDays", "Int32", "Due in working days", "From now to the deadline, at least one."),
            Output("dueAt", "DateTimeOffset", "Due at", "The deadline."),
        ],
    };

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var (signal, _) = await facts.SignalAsync(ActivityFacts.CaseOf(context), context.CancellationToken);
        var now = context.Now;
        var calendar = context.Services.Calendar;
        var months = context.Get<int?>("months");
        DateTimeOffset dueAt;
        if (months is > 0 || signal.DecisionDueAt is null)
        {
            // An extension comes here once the department's supervisor approved it (the signal workflow's
            // approve-extension task); the law leaves it to a superior.
            var fromNow = string.Equals(context.Get<string>("from"), "Now", StringComparison.OrdinalIgnoreCase);
            var start = Day(fromNow ? now : await facts.TermStartAsync(signal, context.CancellationToken));

            // More months than the law allows are capped, not refused: the workflow has already moved on, and the
            // task's form (min and max) is where a clerk is told.
            var wanted = Math.Min(months is > 0 ? months.Value : catalogue.Options.DecisionMonths,
                catalogue.Options.MaxDecisionMonths);
            dueAt = EndOfWorkingDayOnOrAfter(calendar, now, start.AddMonths(wanted));
            if (!fromNow && signal.DecisionDueAt is { } current && current >= dueAt)
            {
                dueAt = current;
            }
            else
            {
                context.AddEffect(new DeadlineEffect(signal.Id, dueAt, context.Get<bool?>("notify") is true));
            }
        }
        else
        {
            dueAt = signal.DecisionDueAt.Value;
        }

        context.SetOutput("dueInWorkingDays", WorkingDaysUntil(calendar, now, dueAt));
        context.SetOutput("dueAt", dueAt);
        context.Complete();
    }

    private static DateOnly Day(DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, BulgarianCalendar.Sofia).DateTime);

    /// <summary>The end of the first working day on or after <paramref name="day"/>, as tasks count deadlines.
    /// </summary>
    private static DateTimeOffset EndOfWorkingDayOnOrAfter(IWorkingCalendar calendar, DateTimeOffset now, DateOnly day)
    {
        var days = 1;
        var end = calendar.AddWorkingDays(now, days);
        while (Day(end) < day && days < 400)
        {
            end = calendar.AddWorkingDays(now, ++days);
        }

        return end;
    }

    private static int WorkingDaysUntil(IWorkingCalendar calendar, DateTimeOffset now, DateTimeOffset dueAt)
    {
        var days = 1;
        while (calendar.AddWorkingDays(now, days) < dueAt && days < 400)
        {
            days++;
        }

        return days;
    }
}
