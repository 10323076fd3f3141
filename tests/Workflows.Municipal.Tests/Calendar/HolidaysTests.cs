using System.Globalization;
using CaseSystem.Workflows.Municipal.Calendar;

namespace CaseSystem.Workflows.Municipal.Tests.Calendar;

public sealed class HolidaysTests
{
    private readonly BulgarianCalendar _calendar = new();

    [Fact]
    public void Holidays_2025_AreTheLabourCodesDaysWithDaysInLieuOfWeekendOnes()
    {
        var holidays = _calendar.Holidays(2025);

        Assert.Equal(
        [
            "2025-01-01 Public", "2025-03-03 Public", "2025-04-18 Easter", "2025-04-19 Easter", "2025-04-20 Easter",
            "2025-04-21 Easter", "2025-05-01 Public", "2025-05-06 Public", "2025-05-24 Public", "2025-05-26 InLieu",
            "2025-09-06 Public", "2025-09-08 InLieu", "2025-09-22 Public", "2025-12-24 Public", "2025-12-25 Public",
            "2025-12-26 Public",
        ], holidays.Select(h => $"{h.Date:yyyy-MM-dd} {h.Kind}"));
    }

    // 1 May 2021 was Holy Saturday and Easter Monday fell on 3 May: the day in lieu of Labour Day was Tuesday
    // 4 May. Wednesday 5 May was a working day; Thursday 6 May was St George's Day.
    [Theory]
    [InlineData("2021-04-29", true)]
    [InlineData("2021-04-30", false)]
    [InlineData("2021-05-01", false)]
    [InlineData("2021-05-02", false)]
    [InlineData("2021-05-03", false)]
    [InlineData("2021-05-04", false)]
    [InlineData("2021-05-05", true)]
    [InlineData("2021-05-06", false)]
    [InlineData("2021-05-07", true)]
    public void IsWorkingDay_AroundEaster2021_FollowsTheLabourCode(string day, bool working)
    {
        Assert.Equal(working, _calendar.IsWorkingDay(DateOnly.Parse(day, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Holidays_2021_GiveTheDayInLieuOfLabourDayOnTheFirstWorkingDayAfterEaster()
    {
        var inLieu = Assert.Single(_calendar.Holidays(2021), h => h.Date.Month == 5 && h.Kind == HolidayKind.InLieu);

        Assert.Equal(new DateOnly(2021, 5, 4), inLieu.Date);
        Assert.Equal("Почивен ден за Ден на труда", inLieu.Name());
        Assert.Equal("Day off for Labour Day", inLieu.Name(CultureInfo.GetCultureInfo("en")));
    }

    // Christmas Eve on Saturday and Christmas Day on Sunday: the second day of Christmas is Monday already, so
    // the two days in lieu are Tuesday and Wednesday.
    [Fact]
    public void Holidays_2022_ChristmasOnAWeekend_Gives27And28December()
    {
        var inLieu = _calendar.Holidays(2022).Where(h => h.Kind == HolidayKind.InLieu && h.Date.Month == 12);

        Assert.Equal([new DateOnly(2022, 12, 27), new DateOnly(2022, 12, 28)], inLieu.Select(h => h.Date));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2022, 12, 29)));
    }

    [Fact]
    public void Holidays_2023_ChristmasEveOnSunday_Gives27December()
    {
        var inLieu = _calendar.Holidays(2023).Where(h => h.Kind == HolidayKind.InLieu && h.Date.Month == 12);

        Assert.Equal([new DateOnly(2023, 12, 27)], inLieu.Select(h => h.Date));
    }

    [Fact]
    public void Holidays_2022_NewYearOnSaturday_GivesMonday3January()
    {
        var holidays = _calendar.Holidays(2022);

        Assert.Contains(holidays, h => h.Date == new DateOnly(2022, 1, 3) && h.Kind == HolidayKind.InLieu);
    }

    [Fact]
    public void Holidays_EasterOnAWeekend_GivesNoDayInLieu()
    {
        var april = _calendar.Holidays(2025).Where(h => h.Date.Month == 4);

        Assert.DoesNotContain(april, h => h.Kind == HolidayKind.InLieu);
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2025, 4, 22)));
    }

    // 2024: St George's Day was Easter Monday. Neither fell on a weekend, so no day in lieu.
    [Fact]
    public void Holidays_TwoHolidaysOnOneWeekday_GiveNoDayInLieu()
    {
        Assert.DoesNotContain(_calendar.Holidays(2024), h => h.Date.Month == 5 && h.Kind == HolidayKind.InLieu);
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2024, 5, 7)));
    }

    [Fact]
    public void IsWorkingDay_1November_IsAWorkingDay()
    {
        // The Day of the National Awakeners is a day off for schools only.
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2024, 11, 1)));
    }

    [Fact]
    public void Holiday_Name_IsBulgarianByDefaultAndEnglishOnRequest()
    {
        var liberation = _calendar.Holidays(2025).Single(h => h.Date == new DateOnly(2025, 3, 3));

        Assert.Equal("Ден на Освобождението на България", liberation.Name());
        Assert.Equal("Liberation Day", liberation.Name(CultureInfo.GetCultureInfo("en-US")));
    }
}
