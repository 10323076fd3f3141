using CaseSystem.Workflows.Municipal.Calendar;
using Microsoft.Extensions.Configuration;

namespace CaseSystem.Workflows.Municipal.Tests.Calendar;

/// <summary>Decision 935 of the Council of Ministers of 2015 moved days in 2016 as these tests do.</summary>
public sealed class CalendarOptionsTests
{
    private static readonly DateOnly DayOff = new(2016, 3, 4);
    private static readonly DateOnly WorkingSaturday = new(2016, 3, 12);

    private static BulgarianCalendar Calendar2016()
    {
        var options = new CalendarOptions();
        options.ExtraDaysOff.Add(DayOff);
        options.ExtraWorkingDays.Add(WorkingSaturday);
        return new BulgarianCalendar(options);
    }

    [Fact]
    public void ExtraDayOff_IsNoWorkingDay()
    {
        var calendar = Calendar2016();

        Assert.False(calendar.IsWorkingDay(DayOff));
        Assert.Equal(new DateOnly(2016, 3, 7), calendar.AddWorkingDays(new DateOnly(2016, 3, 2), 1));
    }

    [Fact]
    public void ExtraDayOff_IsListedAsDeclared()
    {
        var declared = Assert.Single(Calendar2016().Holidays(2016), h => h.Kind == HolidayKind.Declared);

        Assert.Equal(DayOff, declared.Date);
        Assert.Equal("Почивен ден с решение на Министерския съвет",
            declared.Name());
    }

    [Fact]
    public void ExtraWorkingDay_IsAWorkingDayThoughASaturday()
    {
        var calendar = Calendar2016();

        Assert.True(calendar.IsWorkingDay(WorkingSaturday));
        Assert.Equal(WorkingSaturday, calendar.AddWorkingDays(new DateOnly(2016, 3, 11), 1));
    }

    [Fact]
    public void ExtraWorkingDay_OnAHoliday_WinsAndTheHolidayIsNotListed()
    {
        var options = new CalendarOptions();
        options.ExtraWorkingDays.Add(new DateOnly(2025, 12, 24));

        var calendar = new BulgarianCalendar(options);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 12, 24)));
        Assert.DoesNotContain(calendar.Holidays(2025), h => h.Date == new DateOnly(2025, 12, 24));
    }

    [Fact]
    public void ADayInBothLists_IsRejected()
    {
        var options = new CalendarOptions();
        options.ExtraDaysOff.Add(DayOff);
        options.ExtraWorkingDays.Add(DayOff);

        var error = Assert.Throws<ArgumentException>(() => new BulgarianCalendar(options));

        Assert.Contains("2016-03-04", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BindFromConfiguration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Calendar:ExtraDaysOff:0"] = "2016-03-04",
                ["Calendar:ExtraDaysOff:1"] = "2016-05-23",
                ["Calendar:ExtraWorkingDays:0"] = "2016-03-12",
            })
            .Build();

        var options = configuration.GetSection(CalendarOptions.SectionName).Get<CalendarOptions>();

        Assert.NotNull(options);
        Assert.Equal([DayOff, new DateOnly(2016, 5, 23)], options.ExtraDaysOff);
        Assert.Equal([WorkingSaturday], options.ExtraWorkingDays);
    }
}
