using CaseSystem.Workflows.Municipal.Signals;
using CaseSystem.Workflows.Municipal.Tasks;

namespace CaseSystem.Host.Signals;

/// <summary>
/// What a clerk working a signal's task needs beside the task: the signal as filed, with the sender's contacts
/// (staff may see them), its photos and the open signals the workflow marked as its possible duplicates. It reads
/// the task again as the actor, so it answers only those who may see the task, whoever calls it.
/// </summary>
public sealed class SignalTaskDetails(TaskService tasks, SignalService signals, SignalCatalogue catalogue)
{
    /// <summary>The signal of the task's case; null when the case is no signal or the actor may not see the task.
    /// </summary>
    public async Task<SignalTaskView?> ForAsync(TaskActor actor, string taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        TaskDetails task;
        try
        {
            task = await tasks.GetAsync(actor, taskId, cancellationToken);
        }
        catch (TaskNotFoundException)
        {
            return null;
        }

        if (task.Task.CaseId is not { } caseId
            || await signals.FindAsync(caseId, cancellationToken) is not { } details
            || details.Case.ServiceCode != SignalService.ServiceCode)
        {
            return null;
        }

        var duplicates = await signals.PossibleDuplicatesAsync(caseId, cancellationToken);
        var duplicateOf = details.Signal.DuplicateOf is { } original
            ? await signals.FindPublicAsync(original, cancellationToken)
            : null;
        return new SignalTaskView(details, catalogue.Category(details.Signal.CategoryCode),
            catalogue.District(details.Signal.District), duplicates, duplicateOf);
    }
}

/// <summary>A signal as its task's page shows it; the category or district is null when no longer configured.
/// </summary>
public sealed record SignalTaskView(
    SignalDetails Details,
    SignalCategory? Category,
    SignalDistrict? District,
    IReadOnlyList<LikelyDuplicate> Duplicates,
    PublicSignal? DuplicateOf);
