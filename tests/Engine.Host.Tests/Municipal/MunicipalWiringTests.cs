using System.Globalization;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Municipal;

/// <summary>The municipal layer as the embedded default composes it.</summary>
public sealed class MunicipalWiringTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_case_opens_with_the_configured_incoming_index_and_a_checked_applicant()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();

        var opened = await cases.OpenAsync(Case("8001010008"));
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => cases.OpenAsync(Case("8001010007")));

        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, BulgarianCalendar.Sofia);
        var expected = string.Create(CultureInfo.InvariantCulture,
            $"СОА{today:yy}-ВХ-{opened.RegisterEntry.Sequence}/{today:dd.MM.yyyy}");
        Assert.Equal(expected, opened.Case.RegistrationIndex);
        Assert.Contains("ЕГН", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Human_tasks_count_their_deadlines_with_the_Bulgarian_calendar()
    {
        var services = factory.Services.GetRequiredService<EngineServices>();

        Assert.IsType<BulgarianCalendar>(services.Calendar);
    }

    private static NewCase Case(string egn) => new()
    {
        ServiceCode = "signal",
        Title = "Дупка на ул. Граф Игнатиев",
        ApplicantKind = ApplicantKind.Person,
        ApplicantIdentifier = egn,
        ApplicantName = "Мария Петрова",
        DepartmentCode = "roads",
        OpenedBy = "clerk@sofia.example",
    };
}
