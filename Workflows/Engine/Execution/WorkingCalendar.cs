namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// Counts working days for deadlines. The engine knows no country's holidays: by default only Saturdays and
/// Sundays are days off; the municipal layer gives it the Bulgarian calendar.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>The end of the working day <paramref name="days"/> working days after <paramref name="from"/>.
    /// </summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset from, int days);

    /// <summary>
    /// The end of the day <paramref name="days"/> calendar days after <paramref name="from"/>, a day off or not:
    /// for a deadline the law counts in days. Days end at midnight UTC unless the calendar keeps another zone.
    /// </summary>
    DateTimeOffset AddCalendarDays(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);

        var date = DateOnly.FromDateTime(from.UtcDateTime).AddDays(days);
        return new DateTimeOffset(date.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
    }
}

/// <summary>Monday to Friday, in UTC, ending at midnight: a calendar for tests and for hosts without one.</summary>
public sealed class WeekdayCalendar : IWorkingCalendar
{
    public static WeekdayCalendar Instance { get; } = new();

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);

        var date = DateOnly.FromDateTime(from.UtcDateTime);
        for (var left = days; left > 0;)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        return new DateTimeOffset(date.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
    }
}
