using System.Collections.Concurrent;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Municipal.Calendar;

/// <summary>
/// Working days in Bulgaria: Monday to Friday, less the Labour Code's days off (<see cref="Holidays"/>), with
/// the days the Council of Ministers moves taken from <see cref="CalendarOptions"/>. Thread-safe. As the engine's
/// <see cref="IWorkingCalendar"/> it gives human tasks their deadlines in Sofia's time.
/// </summary>
public sealed class BulgarianCalendar : IWorkingCalendar
{
    private const string DeclaredBg = "Почивен ден с решение "
        + "на Министерския съвет";
    private const string DeclaredEn = "Day off by decision of the Council of Ministers";

    private static readonly Lazy<TimeZoneInfo> SofiaZone =
        new(() => TimeZoneInfo.FindSystemTimeZoneById("Europe/Sofia"));

    private readonly ConcurrentDictionary<int, YearDaysOff> _years = new();
    private readonly HashSet<DateOnly> _extraDaysOff;
    private readonly HashSet<DateOnly> _extraWorkingDays;

    public BulgarianCalendar()
        : this(new CalendarOptions())
    {
    }

    /// <exception cref="ArgumentException">A day is both an extra day off and an extra working day.</exception>
    public BulgarianCalendar(CalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        _extraDaysOff = [.. options.ExtraDaysOff];
        _extraWorkingDays = [.. options.ExtraWorkingDays];
        var both = _extraDaysOff.Intersect(_extraWorkingDays).Order().ToList();
        if (both.Count > 0)
        {
            throw new ArgumentException(
                $"Calendar: {string.Join(", ", both.Select(d => d.ToString("O", null)))} listed both as an "
                + "extra day off and as an extra working day.", nameof(options));
        }
    }

    /// <summary>Sofia's time zone, where the municipality's days begin and end.</summary>
    public static TimeZoneInfo Sofia => SofiaZone.Value;

    /// <summary>Configuration wins: an extra working day is one even on a holiday; an extra day off is none.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        if (_extraWorkingDays.Contains(day))
        {
            return true;
        }

        if (_extraDaysOff.Contains(day) || StatutoryHolidays.IsWeekend(day))
        {
            return false;
        }

        return !Year(day.Year).Dates.Contains(day);
    }

    /// <summary>The first working day after <paramref name="day"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        var next = day.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>
    /// The day a deadline set for <paramref name="day"/> falls due: that day when it is a working day, otherwise
    /// the next working day. So a tax instalment of Sunday 30 June 2024 was due on Monday 1 July.
    /// </summary>
    public DateOnly DeadlineOn(DateOnly day) => IsWorkingDay(day) ? day : NextWorkingDay(day);

    /// <summary>
    /// The deadline of <paramref name="days"/> calendar days from <paramref name="start"/>: the count begins the
    /// day after <paramref name="start"/>, and a last day that is not a working day moves to the next one.
    /// </summary>
    public DateOnly AddDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return DeadlineOn(start.AddDays(days));
    }

    /// <summary>
    /// The deadline of <paramref name="days"/> working days from <paramref name="start"/>: the count begins the
    /// day after <paramref name="start"/>, and only working days count, so the deadline is always a working day.
    /// Zero days is <paramref name="start"/> itself, moved to the next working day if it is not one.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);

        if (days == 0)
        {
            return DeadlineOn(start);
        }

        var day = start;
        for (var left = days; left > 0; left--)
        {
            day = NextWorkingDay(day);
        }

        return day;
    }

    /// <summary>
    /// When something received at <paramref name="received"/> is due, <paramref name="workingDays"/> working days
    /// later: the last moment of that day in <paramref name="zone"/>. The day of receipt is the local day there.
    /// </summary>
    public DateTimeOffset DueAt(DateTimeOffset received, int workingDays, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);

        var receivedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(received, zone).DateTime);
        var due = AddWorkingDays(receivedOn, workingDays).ToDateTime(TimeOnly.MaxValue);
        return new DateTimeOffset(due, zone.GetUtcOffset(due));
    }

    /// <summary><see cref="DueAt(DateTimeOffset, int, TimeZoneInfo)"/> in Sofia's time.</summary>
    public DateTimeOffset DueAt(DateTimeOffset received, int workingDays) => DueAt(received, workingDays, Sofia);

    DateTimeOffset IWorkingCalendar.AddWorkingDays(DateTimeOffset from, int days) => DueAt(from, days, Sofia);

    /// <summary>
    /// The last moment, in Sofia, of the day <paramref name="days"/> calendar days after <paramref name="from"/>'s
    /// day there, even when it is a day off: a task due then is never later than a term of that many days.
    /// </summary>
    DateTimeOffset IWorkingCalendar.AddCalendarDays(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, Sofia).DateTime).AddDays(days);
        var end = day.ToDateTime(TimeOnly.MaxValue);
        return new DateTimeOffset(end, Sofia.GetUtcOffset(end));
    }

    /// <summary>
    /// The year's days off in date order: the Labour Code's holidays (those on a weekend too), the days given in
    /// lieu of them, and the configured extra days off; less any configured as working days.
    /// </summary>
    public IReadOnlyList<Holiday> Holidays(int year)
    {
        var declared = _extraDaysOff
            .Where(d => d.Year == year)
            .Select(d => new Holiday(d, HolidayKind.Declared, DeclaredBg, DeclaredEn));
        return
        [
            .. Year(year).Holidays.Concat(declared)
                .Where(h => !_extraWorkingDays.Contains(h.Date))
                .OrderBy(h => h.Date),
        ];
    }

    private YearDaysOff Year(int year) => _years.GetOrAdd(year, static y => new YearDaysOff(StatutoryHolidays.For(y)));

    private sealed class YearDaysOff(IReadOnlyList<Holiday> holidays)
    {
        public IReadOnlyList<Holiday> Holidays { get; } = holidays;

        public HashSet<DateOnly> Dates { get; } = [.. holidays.Select(h => h.Date)];
    }
}
