namespace CaseSystem.Workflows.Municipal.Calendar;

/// <summary>
/// Days the Council of Ministers moves by decision under the Labour Code, art. 154 (each year's decision is
/// published in the State Gazette), bound from the <c>Calendar</c> section of the configuration as ISO dates:
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
