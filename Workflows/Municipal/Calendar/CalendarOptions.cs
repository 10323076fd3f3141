namespace CaseSystem.Workflows.Municipal.Calendar;

/// <summary>
/// Days the Council of Ministers moves by decision (Labour Code, art. 154(3)), bound from the <c>Calendar</c>
/// section of the configuration as lists of ISO dates:
/// <c>"Calendar": { "ExtraDaysOff": ["2026-12-31"], "ExtraWorkingDays": ["2026-12-19"] }</c>.
/// </summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>Working days declared days off.</summary>
    public IList<DateOnly> ExtraDaysOff { get; } = [];

    /// <summary>Days off declared working days, usually a Saturday that makes up for a day given off.</summary>
    public IList<DateOnly> ExtraWorkingDays { get; } = [];
}
