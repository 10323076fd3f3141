using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Municipal.Signals;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>The municipal layer's activity types (<c>CaseSystem.</c>), for the engine's registry.</summary>
public sealed class MunicipalActivities(ActivityFacts facts, SignalCatalogue catalogue)
{
    public IReadOnlyList<Activity> All { get; } =
    [
        new SetCaseStatus(),
        new FindDuplicateSignals(facts),
        new RouteSignal(facts, catalogue),
        new SetSignalDeadline(facts, catalogue),
        new IssueSignalLetter(),
        new AwaitSignalReopen(facts, catalogue),
        new FindSupervisors(facts),
    ];

    /// <summary>Adds them to the registry; adding them twice changes nothing.</summary>
    public void AddTo(ActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add(All);
    }
}
