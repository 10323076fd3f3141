using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Calendar;

namespace CaseSystem.Workflows.Municipal.Tests.Calendar;

public sealed class DueAtTests
{
    private static readonly TimeSpan LastTick = TimeOnly.MaxValue.ToTimeSpan();

    private readonly BulgarianCalendar _calendar = new();

    [Fact]
    public void DueAt_InWinter_IsTheLastMomentOfTheDayInSofiasStandardTime()
    {
        var received = new DateTimeOffset(2025, 12, 22, 10, 0, 0, TimeSpan.FromHours(2));

        var due = _calendar.DueAt(received, 3, BulgarianCalendar.Sofia);

        Assert.Equal(new DateTimeOffset(new DateTime(2025, 12, 30).Add(LastTick), TimeSpan.FromHours(2)), due);
    }

    [Fact]
    public void DueAt_InSummer_IsInSofiasSummerTime()
    {
        var received = new DateTimeOffset(2025, 6, 5, 9, 0, 0, TimeSpan.Zero);

        var due = _calendar.DueAt(received, 3, BulgarianCalendar.Sofia);

        Assert.Equal(new DateTimeOffset(new DateTime(2025, 6, 10).Add(LastTick), TimeSpan.FromHours(3)), due);
    }

    [Fact]
    public void DueAt_LateEveningInUtc_CountsFromTheDayItIsInSofia()
    {
        // 22:30 UTC on Thursday is 01:30 on Friday in Sofia: the count begins on Monday.
        var received = new DateTimeOffset(2025, 6, 5, 22, 30, 0, TimeSpan.Zero);

        var due = _calendar.DueAt(received, 1, BulgarianCalendar.Sofia);

        Assert.Equal(new DateOnly(2025, 6, 9), DateOnly.FromDateTime(due.DateTime));
    }

    [Fact]
    public void DueAt_WithoutAZone_IsInSofia()
    {
        var received = new DateTimeOffset(2025, 6, 5, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(_calendar.DueAt(received, 3, BulgarianCalendar.Sofia), _calendar.DueAt(received, 3));
    }

    [Fact]
    public void AsTheEnginesCalendar_GivesTheSameMomentAsDueAt()
    {
        IWorkingCalendar engineCalendar = _calendar;
        var received = new DateTimeOffset(2025, 12, 22, 10, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal(_calendar.DueAt(received, 3), engineCalendar.AddWorkingDays(received, 3));
    }

    [Fact]
    public void Sofia_IsTheEuropeSofiaZone()
    {
        Assert.Equal("Europe/Sofia", BulgarianCalendar.Sofia.Id);
    }
}
