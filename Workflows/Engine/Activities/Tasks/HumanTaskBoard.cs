using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Activities.Tasks;

/// <summary>
/// Where a run's human tasks go: the case system keeps them for the clerks' inbox, in the run's own transaction.
/// </summary>
public interface IHumanTaskBoard
{
    void Opened(HumanTaskRequest task);

    void Closed(HumanTaskClosing closing);
}

/// <summary>A task a workflow puts in front of people: what, for whom, by when, and what they may answer.</summary>
/// <param name="TaskId">The id under which the task is completed.</param>
/// <param name="ActivityId">The HumanTask activity that opened it.</param>
/// <param name="Title">The title, its Liquid already rendered.</param>
/// <param name="Description">The description, rendered likewise.</param>
/// <param name="Assignee">A user who owns the task from the start; null when it waits in candidate groups.</param>
/// <param name="CandidateGroups">Departments whose members may claim the task.</param>
/// <param name="CandidateUsers">Users who may claim it.</param>
/// <param name="Priority">Low, Normal, High or Urgent.</param>
/// <param name="DueAt">The deadline, counted in working days; null when there is none.</param>
/// <param name="RemindAt">When to remind the owner before the deadline; null for no reminder.</param>
/// <param name="EscalateAtDue">True when the supervisor is told once the deadline passes.</param>
/// <param name="Outcomes">The answers allowed, each a port of the activity.</param>
/// <param name="Form">The fields to fill in: <c>[{ name, label, type, required, options, min, max, pattern }]</c>.
/// </param>
public sealed record HumanTaskRequest(
    string TaskId,
    string ActivityId,
    string Title,
    string? Description,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    string Priority,
    DateTimeOffset? DueAt,
    DateTimeOffset? RemindAt,
    bool EscalateAtDue,
    IReadOnlyList<string> Outcomes,
    JsonArray? Form);

/// <summary>
/// How a task ended: completed with an outcome, overdue when the workflow moved on without it at its deadline, or
/// cancelled when the workflow no longer waits for it (the instance was cancelled, or its flowchart ended).
/// </summary>
public sealed record HumanTaskClosing(string TaskId, string Outcome, bool Overdue, JsonObject? FormData,
    string? CompletedBy, bool Cancelled = false)
{
    /// <summary>
    /// The ids of the documents the person attached when completing, kept with the closing in the run's
    /// transaction; empty for an overdue or cancelled task.
    /// </summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];
}
