using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Signals;
using static CaseSystem.Workflows.Municipal.Activities.Describe;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>
/// Hands the signal to the department its category and district route it to (the case follows), and gives the
/// reviewer what they weigh first: whether it is anonymous, and whether its events are over two years old.
/// </summary>
public sealed class RouteSignal(ActivityFacts facts, SignalCatalogue catalogue) : Activity
{
    public const string TypeNameValue = "CaseSystem.RouteSignal";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeNameValue,
        Category = Describe.Category,
        DisplayName = "Route Signal",
        Description = "Sends the signal to the department of its category and district.",
        Inputs = [CaseId()],
        Outputs =
        [
            Output("department", "String", "Department", "The department code it went to."),
            Output("registrationIndex", "String", "Registration index", "The signal's incoming index."),
            Output("category", "String", "Category", "The category's name, in Bulgarian."),
            Output("anonymous", "Boolean", "Anonymous", "Filed without a name (art. 111(4))."),
            Output("olderThanTwoYears", "Boolean", "Over two years old",
                "The events were more than two years before receipt (art. 111(4))."),
        ],
    };

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var (signal, @case) = await facts.SignalAsync(ActivityFacts.CaseOf(context), context.CancellationToken);
        var department = catalogue.Route(signal.CategoryCode, signal.District);
        if (department != signal.Department || department != @case.DepartmentCode)
        {
            context.AddEffect(new RouteEffect(signal.Id, department));
        }

        var received = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(signal.ReceivedAt, BulgarianCalendar.Sofia)
            .DateTime);
        context.SetOutput("department", department);
        context.SetOutput("registrationIndex", @case.RegistrationIndex);
        context.SetOutput("category", catalogue.Category(signal.CategoryCode)?.NameBg ?? signal.CategoryCode);
        context.SetOutput("anonymous", signal.Anonymous);
        context.SetOutput("olderThanTwoYears", signal.EventsOn is { } on && on < received.AddYears(-2));
        context.Complete();
    }
}
