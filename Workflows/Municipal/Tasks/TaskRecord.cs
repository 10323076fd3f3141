namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// A human task in the clerks' inbox, under the engine's task id. Opened and closed by
/// <see cref="MunicipalTaskStore"/> in the run of the workflow that opened or closed it; claimed, delegated and
/// reassigned by <see cref="TaskService"/>. Times are UTC.
/// </summary>
public sealed class TaskRecord
{
    /// <summary>The engine's task id, under which the task is completed.</summary>
    public required string Id { get; set; }

    public required string InstanceId { get; set; }

    public required string DefinitionId { get; set; }

    /// <summary>The HumanTask activity that opened the task.</summary>
    public string ActivityId { get; set; } = "";

    /// <summary>The case the workflow drives, when there is one.</summary>
    public Guid? CaseId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>Low, Normal, High or Urgent.</summary>
    public string Priority { get; set; } = "Normal";

    public TaskState State { get; set; }

    /// <summary>The owner's user name: given by the activity, or whoever claimed the task.</summary>
    public string? Assignee { get; set; }

    /// <summary>Departments whose members may claim the task (also rows of <c>human_task_candidates</c>).</summary>
    public IReadOnlyList<string> CandidateGroups { get; set; } = [];

    /// <summary>Users who may claim the task (also rows of <c>human_task_candidates</c>).</summary>
    public IReadOnlyList<string> CandidateUsers { get; set; } = [];

    /// <summary>Who works on the task for its owner until they hand it back; the owner stays the assignee.</summary>
    public string? DelegatedTo { get; set; }

    /// <summary>The allowed outcomes, as a JSON array of strings.</summary>
    public string Outcomes { get; set; } = "[]";

    /// <summary>The form's fields as JSON (see <see cref="TaskForm"/>), or null for a task without a form.</summary>
    public string? Form { get; set; }

    /// <summary>What was filled in, as a JSON object, once completed.</summary>
    public string? FormData { get; set; }

    /// <summary>The outcome chosen, or Overdue.</summary>
    public string? Outcome { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset? RemindAt { get; set; }

    /// <summary>True when the supervisors of its groups are told once the deadline passes.</summary>
    public bool EscalateAtDue { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? CompletedBy { get; set; }

    /// <summary>Raised by every change; a change made on an older version fails rather than overwrite.</summary>
    public int Version { get; set; }

    /// <summary>Title and description in lower case, searched by the inbox on either database.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>True while the workflow waits on the task.</summary>
    public bool IsLive => State is TaskState.Open or TaskState.Claimed;

    /// <summary>Open and unclaimed: any of its candidates may claim it.</summary>
    public bool IsClaimable => State == TaskState.Open && Assignee is null;

    /// <summary>The allowed outcomes.</summary>
    public IReadOnlyList<string> OutcomeList() => TaskJson.Strings(Outcomes);

    /// <summary>The form's fields; empty for a task without a form.</summary>
    public IReadOnlyList<TaskFormField> FormFields() => TaskForm.Fields(Form);
}
