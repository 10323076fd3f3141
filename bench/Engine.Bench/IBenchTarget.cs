namespace CaseSystem.Engine.Bench;

/// <summary>One engine under measurement: warms itself up on the scenario, then measures one run of it.</summary>
public interface IBenchTarget : IAsyncDisposable
{
    string Name { get; }

    Task<Measurement> MeasureAsync(Scenario scenario, BenchOptions options);
}

/// <param name="Size">Instances to run, or for event-resume instances to resume.</param>
/// <param name="Timeout">How long a batch may take before the measurement fails.</param>
/// <param name="KeepInstances">
/// Keep every finished instance referenced until the measurement ends, as an in-memory store does. WorkflowCore's
/// in-memory persistence always keeps them; dropping them shows what the collector costs when they are kept.
/// </param>
public sealed record BenchOptions(int Size, TimeSpan Timeout, bool KeepInstances = true);
