using System.Net;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Workflows.Municipal.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>"My requests" and a request's page: a citizen's own cases only, authorised on the server.</summary>
public sealed class MyRequestsTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task My_requests_lists_only_the_citizens_own_cases_newest_first()
    {
        using var maria = await factory.SignUpAsync(Citizens.NewEmail("maria"));
        using var ivan = await factory.SignUpAsync(Citizens.NewEmail("ivan"));
        var older = await maria.OpenCaseAsync("Счупена пейка в парка");
        var newer = await maria.OpenCaseAsync("Неизвозени отпадъци");
        var other = await ivan.OpenCaseAsync("Дупка на тротоара");

        var html = await maria.GetStringAsync("/requests");

        Assert.Contains($"<a href=\"/requests/{newer.Id}\">{newer.Index}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/requests/{older.Id}\">{older.Index}</a>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(newer.Index, StringComparison.Ordinal) < html.IndexOf(older.Index,
            StringComparison.Ordinal), "the newest is not first");
        Assert.Contains("Получен", html, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Id.ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain("Дупка на тротоара", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/signals/new\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_citizens_request_answers_404_as_if_it_did_not_exist()
    {
        using var maria = await factory.SignUpAsync(Citizens.NewEmail("maria"));
        using var ivan = await factory.SignUpAsync(Citizens.NewEmail("ivan"));
        var hers = await maria.OpenCaseAsync("Счупена пейка");

        using var his = await ivan.GetAsync($"/requests/{hers.Id}");
        using var none = await ivan.GetAsync($"/requests/{Guid.NewGuid()}");
        var body = await his.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, his.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("<h1>Няма такова заявление</h1>", body, StringComparison.Ordinal);
        Assert.Contains("<h1>Няма такова заявление</h1>", await none.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.DoesNotContain(hers.Index, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Счупена пейка", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_shows_its_index_status_timeline_and_documents()
    {
        using var maria = await factory.SignUpAsync(Citizens.NewEmail("maria"));
        var request = await maria.OpenCaseAsync("Счупена пейка");
        var document = await maria.AddDocumentAsync(request.Id, "snimka.pdf");
        await ChangeStatusAsync(request.Id, CaseStatus.InProgress, "Изпратено към район „Средец“");

        var html = await maria.GetStringAsync($"/requests/{request.Id}");
        using var download = await maria.GetAsync($"/api/documents/{document}/content");

        Assert.Contains($"<dd class=\"index\">{request.Index}</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>В процес на работа</strong>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("В процес на работа", StringComparison.Ordinal)
            < html.IndexOf("<strong>Получен</strong>", StringComparison.Ordinal), "the timeline is not newest first");
        Assert.Contains("Изпратено към район „Средец“", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/api/documents/{document}/content\" download>snimka.pdf</a>", html,
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.DoesNotContain(Citizens.ValidEgn, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_page_is_in_English_when_English_is_chosen()
    {
        using var maria = await factory.SignUpAsync(Citizens.NewEmail("maria"));
        var request = await maria.OpenCaseAsync("Счупена пейка");

        using var chosen = await maria.GetAsync("/language?culture=en&returnUrl=%2F");
        var html = await maria.GetStringAsync($"/requests/{request.Id}");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Received</strong>", html, StringComparison.Ordinal);
        Assert.Contains("A signal to Sofia Municipality", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_signing_in_my_requests_sends_to_the_sign_in_page()
    {
        using var browser = factory.Browser();

        using var response = await browser.GetAsync("/requests");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=%2Frequests",
            response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_is_not_shown_citizens_requests_there()
    {
        using var clerk = factory.Browser();
        await clerk.SignInAsync("clerk@sofia.example", DemoAccounts.Password);
        using var maria = await factory.SignUpAsync(Citizens.NewEmail("maria"));
        var hers = await maria.OpenCaseAsync("Счупена пейка");

        using var list = await clerk.GetAsync("/requests");
        using var one = await clerk.GetAsync($"/requests/{hers.Id}");

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("/account/denied", list.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
    }

    private async Task ChangeStatusAsync(Guid caseId, CaseStatus status, string note)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseService>()
            .ChangeStatusAsync(caseId, status, note, "clerk@sofia.example");
    }
}
