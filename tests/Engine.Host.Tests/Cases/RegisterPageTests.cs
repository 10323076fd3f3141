using System.Net;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Portal;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Cases;

/// <summary>
/// <c>/inbox/register</c> as a browser without JavaScript gets it: the entries a clerk may see with filters, and
/// registering by hand with a message beside each field that cannot be taken.
/// </summary>
public sealed class RegisterPageTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_clerk_sees_their_departments_entries_filtered_by_text_and_not_other_departments()
    {
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("page"));
        var request = await citizen.OpenCaseAsync("Счупена пейка");
        using var clerk = await SignedInAsync("clerk@sofia.example");
        using var roads = await SignedInAsync("roads@sofia.example");

        var all = await clerk.GetStringAsync("/inbox/register");
        var filtered = await clerk.GetStringAsync(
            "/inbox/register?direction=Incoming&q=" + Uri.EscapeDataString(request.Index.ToLowerInvariant()));
        var none = await clerk.GetStringAsync("/inbox/register?direction=Outgoing&q="
            + Uri.EscapeDataString(request.Index));
        var other = await roads.GetStringAsync("/inbox/register");

        Assert.Contains("Входящ и изходящ регистър", all, StringComparison.Ordinal);
        Assert.Contains(request.Index, all, StringComparison.Ordinal);
        Assert.Contains("Записи: 1", filtered, StringComparison.Ordinal);
        Assert.Contains("Няма записи по тези условия.", none, StringComparison.Ordinal);
        Assert.DoesNotContain(request.Index, other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_problems_comes_back_with_each_message_beside_its_field_and_what_was_typed()
    {
        using var clerk = await SignedInAsync("clerk@sofia.example");

        using var response = await clerk.SubmitAsync("/inbox/register", ("direction", "Incoming"),
            ("register", "ИЗХ"), ("correspondent", "Фирма ЕООД"), ("subject", ""), ("date", "2999-01-01"),
            ("caseId", "СОА26-ВХ-999999/01.01.2026"), ("documentId", ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"register-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"subject-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"date-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"caseId-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"correspondent-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Този регистър не приема документи в тази посока", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Фирма ЕООД\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#subject\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_document_is_shown_with_its_index_and_listed_in_English_too()
    {
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("page-done"));
        var request = await citizen.OpenCaseAsync("Счупена пейка");
        using var clerk = await SignedInAsync("clerk@sofia.example");
        var subject = "Писмо до ЕРМ " + Guid.NewGuid().ToString("N")[..8];

        using var response = await clerk.SubmitAsync("/inbox/register", ("direction", "Outgoing"),
            ("register", ""), ("correspondent", "ЕРМ Запад"), ("subject", subject), ("date", ""),
            ("caseId", request.Id.ToString()), ("documentId", ""));
        var done = await clerk.GetStringAsync(response.Headers.Location!.OriginalString);
        var english = await clerk.GetStringAsync("/inbox/register?culture=en&q=" + Uri.EscapeDataString(subject));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(@"Документът е регистриран с индекс СОА\d\d-ИЗХ-\d+/", done);
        Assert.Contains("Entries: 1", english, StringComparison.Ordinal);
        Assert.Contains(subject, english, StringComparison.Ordinal);
        Assert.Contains("outgoing", english, StringComparison.Ordinal);
        Assert.Contains(request.Index, english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_is_refused_and_staff_find_the_register_in_the_menu()
    {
        using var citizen = await SignedInAsync("citizen@sofia.example");
        using var clerk = await SignedInAsync("clerk@sofia.example");

        using var refused = await citizen.GetAsync("/inbox/register");
        var inbox = await clerk.GetStringAsync("/inbox");
        var citizenHome = await citizen.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("href=\"/inbox/register\"", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/inbox/register\"", citizenHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_registers_nothing()
    {
        using var clerk = await SignedInAsync("clerk@sofia.example");
        using var key = factory.CreateApiClient();
        var before = (int)(await key.GetOkAsync("/api/register?pageSize=1"))["total"]!;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["direction"] = "Incoming", ["correspondent"] = "Фирма ЕООД", ["subject"] = "Без токен",
        });
        using var response = await clerk.PostAsync("/inbox/register", content);
        var after = (int)(await key.GetOkAsync("/api/register?pageSize=1"))["total"]!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, after);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var browser = factory.Browser();
        await browser.SignInAsync(email, DemoAccounts.Password);
        return browser;
    }
}
