using System.Data.Common;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Runtime.Instances;

/// <summary>
/// Carries out the effects a run's activities asked for (<see cref="RunEffect"/>), inside the run's transaction
/// and on its connection, so they commit exactly when the run does. Every store sees every effect of the run, in
/// the order they were asked for, and does those of the kinds it owns.
/// </summary>
public interface IRunEffectStore
{
    Task SaveAsync(RunEffectBatch batch, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken);
}

/// <summary>The effects one run of an instance asked for.</summary>
public sealed record RunEffectBatch(
    string InstanceId,
    string DefinitionId,
    string? CorrelationId,
    IReadOnlyList<RunEffect> Effects);
