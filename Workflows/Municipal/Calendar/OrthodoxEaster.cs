namespace CaseSystem.Workflows.Municipal.Calendar;

/// <summary>Easter Sunday as the Bulgarian Orthodox Church keeps it, the day the Easter holidays hang on.</summary>
public static class OrthodoxEaster
{
    /// <summary>
    /// The Gregorian date of Orthodox Easter Sunday. The church still finds Easter by the Julian computus (the
    /// first Sunday after the Paschal full moon of the 19-year lunar cycle, in the Julian calendar); that Julian
    /// date is then moved to the Gregorian calendar, which is 13 days ahead from 1900 to 2099.
    /// </summary>
    public static DateOnly Sunday(int year)
    {
        // From 1583 the Gregorian calendar exists, and by 9999 DateOnly ends.
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);

        // The Paschal full moon falls d days after 21 March, and Easter e + 1 days after the full moon:
        // 22 March plus d plus e.
        var d = (19 * (year % 19) + 15) % 30;
        var e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
        var fromFirstOfMarch = d + e + 21;
        var julian = new DateOnly(year, 3, 1).AddDays(fromFirstOfMarch);

        // The Julian calendar drops behind by a day in each century year that is not a Gregorian leap year;
        // Easter falls after the end of February, so the whole year's gap applies.
        var gap = year / 100 - year / 400 - 2;
        return julian.AddDays(gap);
    }
}
