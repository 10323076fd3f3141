namespace CaseSystem.Workflows.Municipal.Calendar;

/// <summary>Why a day is off.</summary>
public enum HolidayKind
{
    /// <summary>An official holiday on a fixed date (Labour Code, art. 154(1)).</summary>
    Public,

    /// <summary>Good Friday, Holy Saturday, Easter Sunday or Easter Monday (art. 154(1)).</summary>
    Easter,

    /// <summary>A working day given off for a fixed holiday that fell on a Saturday or Sunday (art. 154(2)).</summary>
    InLieu,

    /// <summary>A day off declared by a decision of the Council of Ministers, taken from configuration.</summary>
    Declared,
}
