using CaseSystem.Workflows.Municipal.Calendar;

namespace CaseSystem.Workflows.Municipal.Tests.Calendar;

public sealed class WorkingDaysTests
{
    private readonly BulgarianCalendar _calendar = new();

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void IsWorkingDay_WeekdaysAreAndWeekendsAreNot()
    {
        Assert.True(_calendar.IsWorkingDay(Day(2025, 6, 6)));
        Assert.False(_calendar.IsWorkingDay(Day(2025, 6, 7)));
        Assert.False(_calendar.IsWorkingDay(Day(2025, 6, 8)));
    }

    [Fact]
    public void AddWorkingDays_AcrossAWeekend_SkipsIt()
    {
        Assert.Equal(Day(2025, 6, 10), _calendar.AddWorkingDays(Day(2025, 6, 5), 3));
    }

    [Fact]
    public void AddWorkingDays_AcrossChristmas_SkipsTheHolidaysAndTheWeekend()
    {
        // 23 December is the first; 24-26 are holidays, 27-28 a weekend.
        Assert.Equal(Day(2025, 12, 30), _calendar.AddWorkingDays(Day(2025, 12, 22), 3));
    }

    [Fact]
    public void AddWorkingDays_AcrossEaster_SkipsGoodFridayToEasterMonday()
    {
        Assert.Equal(Day(2025, 4, 22), _calendar.AddWorkingDays(Day(2025, 4, 16), 2));
    }

    [Fact]
    public void AddWorkingDays_FromAHoliday_CountsFromTheNextWorkingDay()
    {
        Assert.Equal(Day(2025, 12, 29), _calendar.AddWorkingDays(Day(2025, 12, 25), 1));
    }

    [Fact]
    public void AddWorkingDays_AcrossTheNewYear_SkipsTheDayInLieu()
    {
        // 1 January 2022 was a Saturday, so Monday 3 January was off.
        Assert.Equal(Day(2022, 1, 5), _calendar.AddWorkingDays(Day(2021, 12, 31), 2));
    }

    [Theory]
    [InlineData(2025, 6, 5, 2025, 6, 5)]
    [InlineData(2025, 6, 7, 2025, 6, 9)]
    public void AddWorkingDays_Zero_IsTheStartOrTheNextWorkingDay(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(Day(ey, em, ed), _calendar.AddWorkingDays(Day(y, m, d), 0));
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(Day(2025, 6, 5), -1));
    }

    [Fact]
    public void NextWorkingDay_AfterFriday_IsMonday()
    {
        Assert.Equal(Day(2025, 6, 9), _calendar.NextWorkingDay(Day(2025, 6, 6)));
    }

    [Fact]
    public void NextWorkingDay_BeforeEaster2021_IsAfterTheDayInLieuOfLabourDay()
    {
        Assert.Equal(Day(2021, 5, 5), _calendar.NextWorkingDay(Day(2021, 4, 29)));
    }

    // Sofia's tax instalments: 30 April, 30 June, 30 September, 31 October, 30 November.
    [Theory]
    [InlineData(2024, 6, 30, 2024, 7, 1)] // Sunday
    [InlineData(2022, 4, 30, 2022, 5, 3)] // Saturday; Monday 2 May was off in lieu of Labour Day
    [InlineData(2026, 10, 31, 2026, 11, 2)] // Saturday
    [InlineData(2026, 4, 30, 2026, 4, 30)] // Thursday
    public void DeadlineOn_ANonWorkingDay_MovesToTheNextWorkingDay(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(Day(ey, em, ed), _calendar.DeadlineOn(Day(y, m, d)));
    }

    [Fact]
    public void AddDays_EndingOnAHoliday_MovesToTheNextWorkingDay()
    {
        // 14 days after 10 December 2025 is Christmas Eve.
        Assert.Equal(Day(2025, 12, 29), _calendar.AddDays(Day(2025, 12, 10), 14));
    }

    [Fact]
    public void AddDays_EndingOnAWorkingDay_IsThatDay()
    {
        Assert.Equal(Day(2025, 6, 19), _calendar.AddDays(Day(2025, 6, 5), 14));
    }
}
