namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>The actions of the audit log, as stored in <see cref="TaskAuditRecord.Action"/>.</summary>
public static class TaskActions
{
    /// <summary>The actor of what the workflow and the deadlines do.</summary>
    public const string System = "system";

    public const string Opened = "opened";
    public const string Claimed = "claimed";
    public const string Released = "released";
    public const string Delegated = "delegated";
    public const string Resolved = "resolved";
    public const string Completed = "completed";
    public const string Commented = "commented";
    public const string Reassigned = "reassigned";
    public const string Reminded = "reminded";
    public const string Escalated = "escalated";
    public const string Overdue = "overdue";
    public const string Cancelled = "cancelled";
}
