using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>Move the case to a status and tell its citizen and followers (<see cref="SetCaseStatus"/>).</summary>
public sealed record CaseStatusEffect(
    Guid CaseId, CaseStatus Status, string? Note, SignalClosure? Closure, string? DuplicateOf, bool Notify)
    : RunEffect;

/// <summary>Mark open signals near this one for its reviewer (<see cref="FindDuplicateSignals"/>).</summary>
public sealed record PossibleDuplicatesEffect(Guid SignalId, IReadOnlyList<(Guid Id, double? Metres)> Candidates)
    : RunEffect;

/// <summary>Hand the signal and its case to a department (<see cref="RouteSignal"/>).</summary>
public sealed record RouteEffect(Guid CaseId, string Department) : RunEffect;

/// <summary>Set the decision's deadline; an extension tells the sender (<see cref="SetSignalDeadline"/>).</summary>
public sealed record DeadlineEffect(Guid SignalId, DateTimeOffset DueAt, bool Extended) : RunEffect;

/// <summary>
/// Issue the response letter (<see cref="IssueSignalLetter"/>): number it in the outgoing register, render and
/// sign it, store it as a case document under <paramref name="DocumentId"/>, and tell the sender.
/// </summary>
public sealed record LetterEffect(Guid CaseId, Guid DocumentId, IReadOnlyList<string> Body, SignalClosure? Closure)
    : RunEffect;

/// <summary>The workflow took up the reopening asked for (<see cref="AwaitSignalReopen"/>).</summary>
public sealed record ReopenTakenEffect(Guid SignalId) : RunEffect;
