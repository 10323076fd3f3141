using System.Net;
using CaseSystem.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using CaseSystem.Workflows.Municipal.Signals;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>Signals filed without an account are limited per client; signed-in citizens are not.</summary>
public sealed class SignalLimitTests(SignalLimitTests.Host factory) : IClassFixture<SignalLimitTests.Host>
{
    [Fact]
    public async Task Filings_without_an_account_past_the_limit_are_refused_and_a_signed_in_citizen_goes_on()
    {
        using var visitor = factory.Browser();
        for (var i = 0; i < 2; i++)
        {
            await visitor.FileAsync();
        }

        using var checkResponse = await visitor.SendFormAsync(SignalJourneys.Complete());
        var check = await checkResponse.Content.ReadAsStringAsync();
        using var refused = await visitor.PressAsync(check, "/signals/new?handler=submit");
        var html = await refused.Content.ReadAsStringAsync();
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("limit"));
        for (var i = 0; i < 3; i++)
        {
            await citizen.FileAsync();
        }

        Assert.Equal(HttpStatusCode.OK, checkResponse.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("<html lang=\"bg\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Твърде много сигнали</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Опитайте отново след 60 минути", html, StringComparison.Ordinal);
    }

    public sealed class Host() : HostFactory(new Dictionary<string, string?> { ["Portal:Signals:PermitLimit"] = "2" });
}

/// <summary>Contact-centre staff register signals for citizens; nobody else may.</summary>
public sealed class StaffSignalTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string DemoPassword = "Demo-parola-2026";

    [Fact]
    public async Task A_clerk_registers_a_phone_signal_and_reads_out_the_index_and_the_code()
    {
        using var clerk = factory.Browser();
        await clerk.SignInAsync("clerk@sofia.example", DemoPassword);

        using var response = await clerk.SendFormAsync("/inbox/signals/new", "/inbox/signals/new?handler=submit",
            [.. SignalJourneys.Complete(), ("channel", "Phone")]);
        var html = await response.Content.ReadAsStringAsync();
        var filed = SignalJourneys.Filed.From(html, "");
        await using var scope = factory.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<SignalService>().FindByIndexAsync(filed.Index);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(8, filed.AccessCode.Length);
        Assert.Contains("Прочетете на гражданина входящия номер и кода за достъп.", html, StringComparison.Ordinal);
        Assert.Equal(SignalChannel.Phone, found!.Signal.Channel);
        Assert.Equal("clerk@sofia.example", found.Signal.SubmittedBy);
        Assert.Null(found.Case.OwnerAccountId);
        Assert.Equal("Иван Иванов", found.Case.ApplicantName);
    }

    [Fact]
    public async Task The_staff_form_checks_like_the_portal_and_asks_for_the_channel()
    {
        using var clerk = factory.Browser();
        await clerk.SignInAsync("clerk@sofia.example", DemoPassword);

        using var response = await clerk.SendFormAsync("/inbox/signals/new", "/inbox/signals/new?handler=submit",
            [("description", "")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"channel-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"description-error\">Опишете проблема.", html,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Citizens_and_visitors_cannot_open_the_staff_form()
    {
        using var visitor = factory.Browser();
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("staff-form"));

        using var anonymous = await visitor.GetAsync("/inbox/signals/new");
        using var denied = await citizen.GetAsync("/inbox/signals/new");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The public register shows signals without anything that names or reaches their senders.</summary>
public sealed class SignalRegisterTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task The_register_lists_signals_without_personal_data_and_filters_them()
    {
        using var visitor = factory.Browser();
        var filed = await visitor.FileAsync(
        [
            ("categoryCode", "waste"), ("description", "Препълнени контейнери"),
            ("address", "ул. Цар Симеон 120, вх. Б"),
            ("district", "serdika"), ("latitude", "42.7012345"), ("longitude", "23.3198765"),
            ("name", "Петър Стоянов"), ("email", "petar@example.bg"), ("phone", "0899 765 432"),
            ("shareDescription", "true"),
        ]);
        using var stranger = factory.Browser();

        var all = await stranger.GetStringAsync("/signals");
        var waste = await stranger.GetStringAsync("/signals?category=waste&district=serdika&status=Received");
        var roads = await stranger.GetStringAsync("/signals?category=roads");

        foreach (var html in new[] { all, waste })
        {
            Assert.Contains(filed.Index, html, StringComparison.Ordinal);
            Assert.Contains("Препълнени контейнери", html, StringComparison.Ordinal);
            Assert.Contains("ул. Цар Симеон", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Петър Стоянов", html, StringComparison.Ordinal);
            Assert.DoesNotContain("petar@example.bg", html, StringComparison.Ordinal);
            Assert.DoesNotContain("765 432", html, StringComparison.Ordinal);
            Assert.DoesNotContain("120", html, StringComparison.Ordinal);
            Assert.DoesNotContain("42.7012345", html, StringComparison.Ordinal);
            Assert.Contains("data-lat=\"42.701\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(filed.Index, roads, StringComparison.Ordinal);
    }
}

/// <summary>The confirmation e-mail, through a real SMTP server, in the page's language with the receipt.</summary>
public sealed class SignalMailTests
{
    [Fact]
    public async Task The_confirmation_goes_by_e_mail_in_the_pages_language_with_the_receipt_attached()
    {
        await using var smtp = SmtpSink.Start();
        await using var factory = new HostFactory(new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = "127.0.0.1",
            ["Mail:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var visitor = factory.Browser();
        using var english = await visitor.GetAsync("/language?culture=en&returnUrl=/signals/new");

        var filed = await visitor.FileAsync();
        var message = await smtp.NextAsync();
        var receipt = message.Attachments.OfType<MimeKit.MimePart>().Single();

        Assert.Contains("The signal is filed", filed.Html, StringComparison.Ordinal);
        Assert.Equal("ivan@example.bg", message.To.Mailboxes.Single().Address);
        Assert.Equal($"Signal {filed.Index} is registered", message.Subject);
        Assert.Contains(filed.AccessCode, message.TextBody, StringComparison.Ordinal);
        Assert.Equal("Разписка.pdf", receipt.FileName);
        Assert.Equal("application/pdf", receipt.ContentType.MimeType);
    }
}
