using System.Collections.Frozen;

namespace CaseSystem.Workflows.Engine.Activities;

/// <summary>The activity types the engine runs, by type name. Municipal code adds its own.</summary>
public sealed class ActivityRegistry
{
    private FrozenDictionary<string, Activity> _byType = FrozenDictionary<string, Activity>.Empty;

    public ActivityRegistry(IEnumerable<Activity> activities)
    {
        Add(activities);
    }

    /// <summary>A registry holding every built-in Elsa activity.</summary>
    public static ActivityRegistry CreateDefault() => new(BuiltInActivities.All());

    public IEnumerable<Activity> Activities => _byType.Values;

    public IEnumerable<ActivityDescriptor> Descriptors => _byType.Values.Select(a => a.Descriptor);

    public void Add(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);

        var all = new Dictionary<string, Activity>(_byType, StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            all[activity.TypeName] = activity;
        }

        _byType = all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public bool IsKnown(string typeName) => _byType.ContainsKey(typeName);

    public Activity? Find(string typeName) => _byType.GetValueOrDefault(typeName);
}
