using System.Net;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.Host.Mail;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

/// <summary>
/// The e-mails a sender gets, through a real SMTP server on loopback as it receives them: the confirmation with its
/// receipt in the page's language (Bulgarian unless English was chosen), and the decision with its letter.
/// </summary>
public sealed class SignalMailTests
{
    [Fact]
    public async Task The_confirmation_goes_by_e_mail_in_Bulgarian_by_default_with_the_receipt_attached()
    {
        await using var smtp = SmtpSink.Start();
        await using var factory = MailingHost(smtp);
        using var visitor = factory.Browser();

        var filed = await visitor.FileAsync();
        var message = await smtp.NextAsync();
        var receipt = message.Attachments.OfType<MimeKit.MimePart>().Single();
        var body = message.BodyParts.OfType<MimeKit.TextPart>().Single(p => !p.IsAttachment);

        Assert.Contains("Сигналът е подаден", filed.Html, StringComparison.Ordinal);
        Assert.Equal("ivan@example.bg", message.To.Mailboxes.Single().Address);
        Assert.Equal($"Сигнал {filed.Index} е регистриран", message.Subject);
        Assert.Equal("utf-8", body.ContentType.Charset, ignoreCase: true);
        Assert.Contains($"Вашият сигнал е регистриран с входящ номер {filed.Index}.", body.Text,
            StringComparison.Ordinal);
        Assert.Contains($"Код за достъп: {filed.AccessCode}. С номера и кода следите сигнала без профил",
            body.Text, StringComparison.Ordinal);
        Assert.Contains("Разписката е приложена.", body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Signal", body.Text, StringComparison.Ordinal);
        Assert.Equal("Разписка.pdf", receipt.FileName);
        Assert.Equal("application/pdf", receipt.ContentType.MimeType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(Content(receipt), 0, 4));
    }

    [Fact]
    public async Task The_confirmation_goes_by_e_mail_in_the_pages_language_with_the_receipt_attached()
    {
        await using var smtp = SmtpSink.Start();
        await using var factory = MailingHost(smtp);
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

    [Fact]
    public async Task The_decision_leaves_the_outbox_by_e_mail_in_Bulgarian_with_its_letter_attached()
    {
        await using var smtp = SmtpSink.Start();
        await using var factory = MailingHost(smtp);
        using var visitor = factory.Browser();
        var filed = await visitor.FileAsync();
        await smtp.NextAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var id = (await scope.ServiceProvider.GetRequiredService<SignalService>().FindByIndexAsync(filed.Index))!
            .Signal.Id;
        await factory.CompleteTaskAsync(id, "Приемане");
        await factory.CompleteTaskAsync(id, "Отстранен", new() { ["answer"] = "Дупката е запълнена с асфалт." });
        await factory.CompleteTaskAsync(id, "Изпратен", new() { ["method"] = "email" });
        var decision = await DecisionAsync(factory, id);

        var sent = await factory.Services.GetRequiredService<OutboxDispatcher>()
            .PassAsync(CancellationToken.None);
        var message = await NextWithSubjectAsync(smtp, $"Сигнал {filed.Index}: отговор");
        var letter = message.Attachments.OfType<MimeKit.MimePart>().Single();
        var stored = await scope.ServiceProvider.GetRequiredService<DocumentLibrary>()
            .OpenAsync(decision.DocumentId!.Value);
        using var original = new MemoryStream();
        await using (stored.Content)
        {
            await stored.Content.CopyToAsync(original);
        }

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Content(letter));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));

        Assert.True(sent >= 1);
        Assert.Equal("ivan@example.bg", message.To.Mailboxes.Single().Address);
        Assert.StartsWith($"По сигнал {filed.Index} Ви е изпратен отговор с изх. № ", message.TextBody,
            StringComparison.Ordinal);
        Assert.Contains("Писмото е приложено.", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("application/pdf", letter.ContentType.MimeType);
        Assert.Equal(stored.Version.FileName, letter.FileName);
        Assert.Equal(original.ToArray(), Content(letter));
        Assert.Contains("Дупката е запълнена с асфалт.", text, StringComparison.Ordinal);
    }

    private static HostFactory MailingHost(SmtpSink smtp) => new(new Dictionary<string, string?>
    {
        ["Mail:SmtpHost"] = "127.0.0.1",
        ["Mail:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),

        // The test runs the outbox's passes itself.
        ["Mail:OutboxInterval"] = "01:00:00",
    });

    // The workflow writes the decision's notice when it issues the letter; it is there once the last task is done.
    private static async Task<CitizenNotificationRecord> DecisionAsync(HostFactory factory, Guid caseId)
    {
        for (var tries = 0; ; tries++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var found = await scope.ServiceProvider.GetRequiredService<MunicipalDbContext>().CitizenNotifications
                .AsNoTracking()
                .SingleOrDefaultAsync(n => n.CaseId == caseId && n.Kind == CitizenNotificationRecord.Decision);
            if (found is not null || tries == 50)
            {
                Assert.NotNull(found);
                Assert.NotNull(found.DocumentId);
                return found;
            }

            await Task.Delay(200);
        }
    }

    // Status notices may come first; the decision is among the next few.
    private static async Task<MimeKit.MimeMessage> NextWithSubjectAsync(SmtpSink smtp, string subject)
    {
        var seen = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var message = await smtp.NextAsync();
            if (message.Subject == subject)
            {
                return message;
            }

            seen.Add(message.Subject ?? "");
        }

        throw new Xunit.Sdk.XunitException($"No message '{subject}' among: {string.Join("; ", seen)}");
    }

    private static byte[] Content(MimeKit.MimePart part)
    {
        using var buffer = new MemoryStream();
        part.Content!.DecodeTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>Photos uploaded without an account are limited per client, so correcting the form cannot fill the
/// document store; a signed-in citizen is not limited.</summary>
public sealed class SignalPhotoLimitTests(SignalPhotoLimitTests.Host factory)
    : IClassFixture<SignalPhotoLimitTests.Host>
{
    [Fact]
    public async Task Photos_past_the_limit_are_refused_beside_the_field_and_not_stored()
    {
        using var visitor = factory.Browser();
        var photo = SignalJourneys.PhotoWithLocation();

        using var first = await visitor.SendFormAsync(SignalJourneys.Complete(), ("1.jpg", photo), ("2.jpg", photo));
        using var third = await visitor.SendFormAsync(SignalJourneys.Complete(), ("3.jpg", photo));
        var html = await third.Content.ReadAsStringAsync();
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("photos"));
        using var signedIn = await citizen.SendFormAsync(SignalJourneys.Complete(),
            ("4.jpg", photo), ("5.jpg", photo), ("6.jpg", photo));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Contains(
            "От този адрес са качени твърде много снимки без профил. "
            + "Изпратете сигнала без още снимки, "
            + "опитайте отново след 60 минути или влезте в профила си.",
            html, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var names = await scope.ServiceProvider.GetRequiredService<DocumentDbContext>().Versions
            .Select(v => v.FileName).ToListAsync();
        Assert.Contains("2.jpg", names);
        Assert.DoesNotContain("3.jpg", names);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("6.jpg", names);
    }

    public sealed class Host() : HostFactory(new Dictionary<string, string?> { ["Portal:Signals:PhotoLimit"] = "2" });
}
