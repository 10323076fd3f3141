using CaseSystem.Workflows.Municipal.Calendar;

namespace CaseSystem.Workflows.Municipal.Tests.Calendar;

public sealed class OrthodoxEasterTests
{
    // Published Orthodox Easter dates.
    [Theory]
    [InlineData(2010, 4, 4)]
    [InlineData(2013, 5, 5)]
    [InlineData(2016, 5, 1)]
    [InlineData(2019, 4, 28)]
    [InlineData(2020, 4, 19)]
    [InlineData(2021, 5, 2)]
    [InlineData(2022, 4, 24)]
    [InlineData(2023, 4, 16)]
    [InlineData(2024, 5, 5)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 12)]
    [InlineData(2027, 5, 2)]
    [InlineData(2028, 4, 16)]
    [InlineData(2029, 4, 8)]
    [InlineData(2030, 4, 28)]
    public void Sunday_IsThePublishedDate(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), OrthodoxEaster.Sunday(year));
    }

    [Fact]
    public void Sunday_From1900To2099_IsASundayBetween4AprilAnd8May()
    {
        var sundays = Enumerable.Range(1900, 200).Select(OrthodoxEaster.Sunday).ToList();

        Assert.All(sundays, s => Assert.Equal(DayOfWeek.Sunday, s.DayOfWeek));
        Assert.All(sundays, s => Assert.InRange(s, new DateOnly(s.Year, 4, 4), new DateOnly(s.Year, 5, 8)));
    }

    [Theory]
    [InlineData(1582)]
    [InlineData(10000)]
    public void Sunday_OutsideTheGregorianYearsDateOnlyHolds_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrthodoxEaster.Sunday(year));
    }
}
