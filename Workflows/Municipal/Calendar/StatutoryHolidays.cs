namespace CaseSystem.Workflows.Municipal.Calendar;

/// <summary>
/// The days off the Labour Code gives every year, art. 154 as in force since 1 January 2017. Earlier years are
/// computed by the same rules, which is not history: before 2017 no day was given in lieu of a weekend holiday.
/// </summary>
internal static class StatutoryHolidays
{
    // Art. 154(1). 1 November, the Day of the National Awakeners, is listed there too, but as a day off for
    // schools only, so it is no day off for the municipality.
    private static readonly FixedHoliday[] Fixed =
    [
        new(1, 1, "Нова година", "New Year's Day"),
        new(3, 3, "Ден на Освобождението на България", "Liberation Day"),
        new(5, 1, "Ден на труда", "Labour Day"),
        new(5, 6, "Гергьовден, Ден на храбростта и Българската армия",
            "St George's Day, Day of Valour and the Bulgarian Army"),
        new(5, 24, "Ден на светите братя Кирил и Методий, "
            + "на българската азбука, просвета и култура",
            "Day of Saints Cyril and Methodius, of the Bulgarian Alphabet, Education and Culture"),
        new(9, 6, "Ден на Съединението", "Unification Day"),
        new(9, 22, "Ден на Независимостта на България", "Independence Day"),
        new(12, 24, "Бъдни вечер", "Christmas Eve"),
        new(12, 25, "Рождество Христово", "Christmas Day"),
        new(12, 26, "Рождество Христово, втори ден", "Second Day of Christmas"),
    ];

    /// <summary>The year's statutory days off in date order: fixed holidays, Easter, and days in lieu.</summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        var easter = OrthodoxEaster.Sunday(year);
        var holidays = Fixed
            .Select(f => new Holiday(new DateOnly(year, f.Month, f.Day), HolidayKind.Public, f.NameBg, f.NameEn))
            .Concat(
            [
                new(easter.AddDays(-2), HolidayKind.Easter, "Велики петък", "Good Friday"),
                new(easter.AddDays(-1), HolidayKind.Easter, "Велика събота", "Holy Saturday"),
                new(easter, HolidayKind.Easter, "Великден", "Easter Sunday"),
                new(easter.AddDays(1), HolidayKind.Easter, "Великден, понеделник", "Easter Monday"),
            ])
            .ToList();

        holidays.AddRange(InLieu(holidays));
        return [.. holidays.OrderBy(h => h.Date).ThenBy(h => h.Kind)];
    }

    /// <summary>
    /// Art. 154(2): when a holiday of art. 154(1) other than the Easter ones falls on a Saturday and/or Sunday,
    /// "the first or the first two working days after them" are days off. Implemented as: for each fixed holiday
    /// on a weekend, in date order, the first Monday-to-Friday after it that is neither a holiday nor already
    /// given in lieu of another. So 1 May 2021 (Holy Saturday) gives 4 May, Easter Monday 3 May being a holiday
    /// already, and Christmas Eve and Christmas Day on a weekend in 2022 give 27 and 28 December, 26 December
    /// being a holiday already. The rule looks only at the Labour Code: days that the Council of Ministers moves
    /// come from configuration on top. The latest day in lieu is 28 December, so none spills into the next year.
    /// </summary>
    private static List<Holiday> InLieu(List<Holiday> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        var inLieu = new List<Holiday>();
        foreach (var holiday in holidays.Where(h => h.Kind == HolidayKind.Public && IsWeekend(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            inLieu.Add(new Holiday(day, HolidayKind.InLieu, $"Почивен ден за {holiday.NameBg}",
                $"Day off for {holiday.NameEn}"));
        }

        return inLieu;
    }

    internal static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private sealed record FixedHoliday(int Month, int Day, string NameBg, string NameEn);
}
