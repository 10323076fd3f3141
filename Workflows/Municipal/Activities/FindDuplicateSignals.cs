using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Municipal.Activities.Describe;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>
/// Finds open signals of the same category near this one (or at its address) and marks them as its possible
/// duplicates for the reviewer, who sees them with the signal.
/// </summary>
public sealed class FindDuplicateSignals(ActivityFacts facts) : Activity
{
    public const string TypeNameValue = "CaseSystem.FindDuplicateSignals";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeNameValue,
        Category = Describe.Category,
        DisplayName = "Find Duplicate Signals",
        Description = "Marks open signals of the same category nearby as possible duplicates for the reviewer.",
        Inputs = [CaseId()],
        Outputs =
        [
            Output("count", "Int32", "Count", "How many were found."),
            Output("registrationIndexes", "Object", "Registration indexes", "Theirs, nearest first."),
        ],
    };

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var (signal, _) = await facts.SignalAsync(ActivityFacts.CaseOf(context), context.CancellationToken);
        var found = await facts.DuplicatesAsync(signal, context.CancellationToken);
        if (found.Count > 0)
        {
            context.AddEffect(new PossibleDuplicatesEffect(signal.Id,
                [.. found.Select(d => (d.Signal.Id, d.DistanceMetres))]));
        }

        context.SetOutput("count", found.Count);
        context.SetOutput("registrationIndexes", found.Select(d => d.Signal.RegistrationIndex).ToList());
        context.Complete();
    }
}
