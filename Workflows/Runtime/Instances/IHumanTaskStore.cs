using System.Data.Common;
using CaseSystem.Workflows.Engine.Activities.Tasks;

namespace CaseSystem.Workflows.Runtime.Instances;

/// <summary>
/// Keeps the human tasks runs open and close. It is called inside the run's transaction, on its connection, so a
/// task exists exactly when the run that opened it committed, and is closed exactly when the run that completed
/// it did.
/// </summary>
public interface IHumanTaskStore
{
    Task SaveAsync(RunTasks tasks, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken);
}

/// <summary>The tasks one run of an instance opened and closed.</summary>
public sealed record RunTasks(
    string InstanceId,
    string DefinitionId,
    string? CorrelationId,
    IReadOnlyList<HumanTaskRequest> Opened,
    IReadOnlyList<HumanTaskClosing> Closed);
