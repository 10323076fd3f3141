using System.Net;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>Tracking without an account, by registration index and access code.</summary>
public sealed class TrackingTests(TrackingTests.Host factory) : IClassFixture<TrackingTests.Host>
{
    [Fact]
    public async Task The_right_index_and_code_show_the_request_however_they_are_typed()
    {
        using var maria = await factory.SignUpAsync(Citizens.NewEmail("maria"));
        var request = await maria.OpenCaseAsync("Счупена пейка");
        var document = await maria.AddDocumentAsync(request.Id, "snimka.pdf");
        using var stranger = factory.Browser();
        var typedIndex = " " + request.Index.ToLowerInvariant().Replace("/", " / ", StringComparison.Ordinal);
        var typedCode = request.AccessCode[..4].ToLowerInvariant() + "-" + request.AccessCode[4..];

        using var response = await stranger.SubmitAsync("/track", ("index", typedIndex), ("code", typedCode));
        var html = await response.Content.ReadAsStringAsync();
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/documents/links/[^\"]+)\"");
        using var download = await stranger.GetAsync(link.Groups[1].Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<dd class=\"index\">{request.Index}</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Получен</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Счупена пейка", html, StringComparison.Ordinal);
        Assert.True(link.Success, "no download link");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.DoesNotContain(document.ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain("Мария Петрова", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizens.ValidEgn, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_and_a_wrong_index_get_the_same_message()
    {
        using var maria = await factory.SignUpAsync(Citizens.NewEmail("maria"));
        var request = await maria.OpenCaseAsync("Счупена пейка");
        using var stranger = factory.Browser();

        using var wrongCode = await stranger.SubmitAsync("/track", ("index", request.Index), ("code", "AAAAAAAA"));
        using var wrongIndex = await stranger.SubmitAsync("/track",
            ("index", request.Index.Replace("-", "-9", StringComparison.Ordinal)), ("code", request.AccessCode));
        var codeHtml = await wrongCode.Content.ReadAsStringAsync();
        var indexHtml = await wrongIndex.Content.ReadAsStringAsync();

        const string message = "Не намерихме заявление с този регистрационен номер и код.";
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongIndex.StatusCode);
        Assert.Contains(message, codeHtml, StringComparison.Ordinal);
        Assert.Contains(message, indexHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"field-error\"", codeHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"field-error\"", indexHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Счупена пейка", codeHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_that_is_no_registration_index_gets_the_same_message()
    {
        using var stranger = factory.Browser();

        using var response = await stranger.SubmitAsync(
            "/track", ("index", "не е номер"), ("code", "AAAAAAAA"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "Не намерихме заявление с този регистрационен номер и код.",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_fields_are_each_asked_for()
    {
        using var stranger = factory.Browser();

        using var response = await stranger.SubmitAsync("/track", ("index", ""), ("code", " "));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<p class=\"field-error\" id=\"index-error\">Въведете регистрационния номер.", html,
            StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"code-error\">Въведете кода за достъп.", html,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tracking_form_without_its_antiforgery_token_is_refused()
    {
        using var stranger = factory.Browser();
        using var form = new FormUrlEncodedContent([new("index", "СОА26-ВХ-1/04.12.2026"), new("code", "AAAAAAAA")]);

        using var response = await stranger.PostAsync("/track", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>The host with a limit the tests in this class do not reach.</summary>
    public sealed class Host() : HostFactory(
        new Dictionary<string, string?> { ["Portal:Tracking:PermitLimit"] = "1000" });
}

/// <summary>The tracking form's rate limit, on a host of its own so no other test spends its attempts.</summary>
public sealed class TrackingLimitTests(TrackingLimitTests.Host factory) : IClassFixture<TrackingLimitTests.Host>
{
    [Fact]
    public async Task Attempts_past_the_limit_are_refused_with_a_clear_message_and_the_form_still_opens()
    {
        using var stranger = factory.Browser();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await stranger.SubmitAsync("/track", ("index", "СОА26-ВХ-1/04.12.2026"),
                ("code", "AAAAAAAA"));
            Assert.Equal(HttpStatusCode.BadRequest, allowed.StatusCode);
        }

        using var refused = await stranger.SubmitAsync("/track", ("index", "СОА26-ВХ-1/04.12.2026"),
            ("code", "AAAAAAAA"));
        var html = await refused.Content.ReadAsStringAsync();
        using var form = await stranger.GetAsync("/track");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(10), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("<html lang=\"bg\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Твърде много опити</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Опитайте отново след 10 минути.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    public sealed class Host() : HostFactory(
        new Dictionary<string, string?> { ["Portal:Tracking:PermitLimit"] = "3" });
}

/// <summary>
/// Wrong codes counted per registration index across clients: past the limit even the right code waits, while
/// other requests are still found.
/// </summary>
public sealed class TrackingPerIndexLimitTests(TrackingPerIndexLimitTests.Host factory)
    : IClassFixture<TrackingPerIndexLimitTests.Host>
{
    [Fact]
    public async Task Wrong_codes_for_one_index_from_several_clients_stop_its_tracking_for_a_while()
    {
        using var maria = await factory.SignUpAsync(Citizens.NewEmail("maria"));
        var target = await maria.OpenCaseAsync("Счупена пейка");
        var other = await maria.OpenCaseAsync("Паднало дърво");
        for (var i = 0; i < 3; i++)
        {
            // Each guesser a client of its own, spelling the index its own way.
            using var guesser = factory.Browser();
            var spelling = i % 2 == 0 ? target.Index : target.Index.ToLowerInvariant();
            using var wrong = await guesser.SubmitAsync("/track", ("index", spelling), ("code", $"AAAA-AAA{i}"));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var owner = factory.Browser();
        using var refused = await owner.SubmitAsync("/track", ("index", target.Index), ("code", target.AccessCode));
        using var otherFound = await owner.SubmitAsync("/track", ("index", other.Index), ("code", other.AccessCode));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(60), refused.Headers.RetryAfter?.Delta);
        Assert.Contains(
            "За този регистрационен номер има твърде много опити "
            + "с грешен код. Опитайте отново след 60 минути",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("Счупена пейка", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherFound.StatusCode);
        var otherHtml = await otherFound.Content.ReadAsStringAsync();
        Assert.Contains("Паднало дърво", otherHtml, StringComparison.Ordinal);
    }

    public sealed class Host() : HostFactory(new Dictionary<string, string?>
    {
        ["Portal:Tracking:PermitLimit"] = "1000",
        ["Portal:Tracking:PerIndexLimit"] = "3",
    });
}
