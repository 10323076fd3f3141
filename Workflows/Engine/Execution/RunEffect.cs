namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// Something an activity asks of the world beyond its instance: a row in the host's tables, a document. The host
/// carries it out in the transaction that commits the run, so the effect and the run's new state commit together
/// or not at all, and a run that is replayed after a crash asks again for what was never done.
/// </summary>
/// <remarks>
/// Each kind of effect is a record deriving from this one, owned by whoever carries it out; the engine only
/// collects them, in the order activities added them.
/// </remarks>
public abstract record RunEffect;

/// <summary>Where a run's effects go; the durable runtime hands them to its effect stores.</summary>
public interface IRunEffectSink
{
    void Add(RunEffect effect);
}
