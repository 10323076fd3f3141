using System.Net;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Signals;
using CaseSystem.Host.Tests.Portal;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Signals;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Tasks;

/// <summary>
/// A signal's task in the inbox shows what the signal says, where, who sent it, its photos and the open signals it
/// may repeat, to the staff who may see the task and to nobody else.
/// </summary>
public sealed class SignalTaskPageTests(SignalTaskPageTests.Host factory) : IClassFixture<SignalTaskPageTests.Host>
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public async Task A_clerk_of_the_department_sees_the_signal_its_sender_its_photos_and_its_likely_duplicates()
    {
        var (first, second) = await TwoNearbySignalsAsync("ул. Оборище 20");
        using var roads = await SignedInAsync("roads@sofia.example");

        var page = await roads.GetStringAsync($"/inbox/tasks/{await ReviewTaskAsync(second.Case.Id)}");
        var photo = Assert.Single(second.PhotoIds);
        using var download = await roads.GetAsync($"/api/documents/{photo}/content");

        Assert.Contains("<h2 id=\"signal-details-title\">Сигнал " + second.Case.RegistrationIndex + "</h2>", page,
            StringComparison.Ordinal);
        Assert.Contains("<dd>Пътна настилка и дупки</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<div id=\"signal-address\">ул. Оборище 20</div>", page, StringComparison.Ordinal);
        Assert.Contains("Точка на картата: 42.6935, 23.326", page, StringComparison.Ordinal);
        Assert.Contains("https://www.openstreetmap.org/?mlat=42.6935&amp;mlon=23.326", page, StringComparison.Ordinal);
        Assert.Contains("<div id=\"signal-point\" data-lat=\"42.6935\" data-lng=\"23.326\">", page,
            StringComparison.Ordinal);
        Assert.Contains("<div data-map=\"show\" hidden", page, StringComparison.Ordinal);
        Assert.Contains("<dd>02.12.2026</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<div>Иван Иванов</div>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:ivan@example.bg\">ivan@example.bg</a>", page, StringComparison.Ordinal);
        Assert.Contains("<div>Телефон: 0888 123 456</div>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/api/documents/{photo}/content\">Снимка 1</a>", page, StringComparison.Ordinal);
        Assert.Contains($"<td><a href=\"/signals/{first.Case.Id}\">{first.Case.RegistrationIndex}</a></td>", page,
            StringComparison.Ordinal);
        Assert.Contains("<td>на 0 м, ул. Оборище</td>", page, StringComparison.Ordinal);
        Assert.Contains("впишете регистрационния му индекс", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_description_the_citizen_typed_is_shown_escaped()
    {
        var (_, second) = await TwoNearbySignalsAsync("ул. Шипка 6");
        using var roads = await SignedInAsync("roads@sofia.example");

        var page = await roads.GetStringAsync($"/inbox/tasks/{await ReviewTaskAsync(second.Case.Id)}");

        Assert.Contains("<dd class=\"description\" id=\"signal-description\">Дупка &amp; &lt;script&gt;alert(1)"
            + "&lt;/script&gt;</dd>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_of_another_department_is_refused_the_task_and_sees_nothing_of_the_signal()
    {
        var (_, second) = await TwoNearbySignalsAsync("ул. Раковски 100");
        using var reception = await SignedInAsync("clerk@sofia.example");
        using var citizen = await SignedInAsync("citizen@sofia.example");
        var taskId = await ReviewTaskAsync(second.Case.Id);

        using var refused = await reception.GetAsync($"/inbox/tasks/{taskId}");
        using var notStaff = await citizen.GetAsync($"/inbox/tasks/{taskId}");
        var body = await refused.Content.ReadAsStringAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var read = await scope.ServiceProvider.GetRequiredService<SignalTaskDetails>().ForAsync(
            new TaskActor("clerk@sofia.example", ["reception"], false, false), taskId, CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("ул. Раковски", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ivan@example.bg", body, StringComparison.Ordinal);
        Assert.Null(read);
        Assert.Equal(HttpStatusCode.Redirect, notStaff.StatusCode);
        Assert.StartsWith("/account/denied", notStaff.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_whose_case_is_no_signal_has_no_signal_section()
    {
        using var admin = factory.CreateApiClient();
        var definitionId = await admin.PublishNewAsync(TaskFlows.ReviewAndSign(Definitions.NewId("no-signal")));
        var instanceId = await TaskFlows.StartAsync(admin, definitionId, "СО-БЕЗ-СИГНАЛ");
        using var clerk = await SignedInAsync("clerk@sofia.example");
        var task = (await TaskFlows.FindAsync(clerk, "groups=true", instanceId))!;

        var page = await clerk.GetStringAsync($"/inbox/tasks/{(string)task["id"]!}");

        Assert.Contains("<h1>Преглед на СО-БЕЗ-СИГНАЛ</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("signal-details", page, StringComparison.Ordinal);
    }

    /// <summary>A signal, then another at the same point with a photo and HTML in its description.</summary>
    private async Task<(SignalDetails First, SignalDetails Second)> TwoNearbySignalsAsync(string address)
    {
        using var citizen = factory.Browser();
        (string Name, string Value)[] fields = [.. SignalJourneys.Complete()
            .Select(f => f.Name == "address" ? (f.Name, address) : f), ("eventsOn", "2026-12-02")];
        (string Name, string Value)[] withScript = [.. fields
            .Select(f => f.Name == "description" ? (f.Name, "Дупка & " + Script) : f)];
        var first = await citizen.FileAsync(fields);
        var second = await citizen.FileAsync(withScript, ("pothole.jpg", SignalJourneys.PhotoWithLocation()));
        await using var scope = factory.Services.CreateAsyncScope();
        var signals = scope.ServiceProvider.GetRequiredService<SignalService>();
        return ((await signals.FindByIndexAsync(first.Index))!, (await signals.FindByIndexAsync(second.Index))!);
    }

    private async Task<string> ReviewTaskAsync(Guid caseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MunicipalDbContext>();
        return await db.Tasks.AsNoTracking()
            .Where(t => t.CaseId == caseId && (t.State == TaskState.Open || t.State == TaskState.Claimed))
            .Select(t => t.Id)
            .SingleAsync();
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email, DemoAccounts.Password);
        return client;
    }

    /// <summary>The host with room for this class's filings without an account (five an hour by default).</summary>
    public sealed class Host() : HostFactory(new Dictionary<string, string?> { ["Portal:Signals:PermitLimit"] = "50" });
}
