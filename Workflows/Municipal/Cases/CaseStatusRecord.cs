namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>One step of a case's citizen-visible timeline; rows are only ever appended.</summary>
public sealed class CaseStatusRecord
{
    public long Id { get; set; }

    public Guid CaseId { get; set; }

    public CaseStatus Status { get; set; }

    /// <summary>Shown to the citizen beside the status; never internal remarks.</summary>
    public string? Note { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The clerk or system account that set the status.</summary>
    public required string By { get; set; }
}
