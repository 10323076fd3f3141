namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>
/// Where a case stands, as the citizen sees it (richer than open and closed). Stored by name, so values may be
/// reordered or added without touching stored rows. Labels in <see cref="CaseStatusLabels"/>.
/// </summary>
public enum CaseStatus
{
    Received,
    InProgress,
    ActionScheduled,
    Investigating,
    Duplicate,
    NotMunicipalResponsibility,
    Fixed,
    Closed,
    Reopened,
}
