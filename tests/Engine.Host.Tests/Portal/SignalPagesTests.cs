using System.Net;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using UglyToad.PdfPig;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>Filing a signal on the portal: with and without an account, each error beside its field, photos without
/// their location, the receipt, escaping, anonymous signals, duplicates to follow, reopening.</summary>
public sealed class SignalPagesTests(SignalPagesTests.Host factory) : IClassFixture<SignalPagesTests.Host>
{
    [Fact]
    public async Task A_visitor_without_an_account_files_a_signal_and_tracks_it_with_the_code_shown_once()
    {
        using var visitor = factory.Browser();
        var description = $"Счупен капак на шахта {Guid.NewGuid():N}";

        var filed = await visitor.FileAsync(SignalJourneys.Complete(description));
        using var tracked = await visitor.SubmitAsync("/track", ("index", filed.Index), ("code", filed.AccessCode));
        var html = await tracked.Content.ReadAsStringAsync();

        Assert.Contains("Проверете отговорите си", filed.CheckHtml, StringComparison.Ordinal);
        Assert.Contains("Сигналът е подаден", filed.Html, StringComparison.Ordinal);
        Assert.Matches("^СОА\\d\\d-ВХ-\\d+/", filed.Index);
        Assert.Equal(8, filed.AccessCode.Length);
        Assert.Contains("Решение по сигнала се взема до", filed.Html, StringComparison.Ordinal);
        Assert.Contains("до седем дни след вземането му", filed.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        Assert.Contains(description, html, StringComparison.Ordinal);
        Assert.Contains("Пътна настилка и дупки", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ivan@example.bg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_citizen_finds_name_and_email_filled_in_and_the_signal_among_their_requests()
    {
        var email = Citizens.NewEmail("signal");
        using var maria = await factory.SignUpAsync(email);

        var form = await maria.GetStringAsync("/signals/new");
        var filed = await maria.FileAsync(
        [
            ("categoryCode", "lighting"), ("description", "Не свети лампата"), ("address", "бул. Витоша 1"),
            ("name", "Мария Петрова"), ("email", email),
        ]);
        var requests = await maria.GetStringAsync("/requests");
        var id = await IdOfAsync(filed.Index);
        var page = await maria.GetStringAsync($"/requests/{id}");

        Assert.Contains("value=\"Мария Петрова\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{email}\"", form, StringComparison.Ordinal);
        Assert.Contains(filed.Index, requests, StringComparison.Ordinal);
        Assert.Contains("Улично осветление", page, StringComparison.Ordinal);
        Assert.Contains("бул. Витоша 1", page, StringComparison.Ordinal);
        Assert.Contains("Разписка.pdf", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_problem_is_shown_beside_its_field_and_in_the_summary()
    {
        using var visitor = factory.Browser();

        using var response = await visitor.SendFormAsync(
        [
            ("categoryCode", ""), ("description", " "), ("latitude", "42.7"), ("eventsOn", "2999-01-01"),
            ("email", "not-an-address"), ("phone", "12"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var (field, message) in new[]
        {
            ("categoryCode", "Изберете категория от списъка"), ("description", "Опишете проблема."),
            ("latitude", "Посочете и географската ширина, и дължината"),
            ("eventsOn", "Датата на събитията не може да е в бъдещето"),
            ("name", "Посочете името си"), ("email", "Проверете имейла"), ("phone", "Проверете телефона"),
        })
        {
            Assert.Contains($"<p class=\"field-error\" id=\"{field}-error\">{message}", html, StringComparison.Ordinal);
            Assert.Contains($"<li><a href=\"#{field}\">{message}", html, StringComparison.Ordinal);
            Assert.Matches($"id=\"{field}\"[^>]*aria-invalid=\"true\"", html);
        }
    }

    [Fact]
    public async Task A_point_or_an_address_is_asked_for()
    {
        using var visitor = factory.Browser();
        var fields = SignalJourneys.Complete()
            .Where(f => f.Name is not ("address" or "latitude" or "longitude")).ToArray();

        using var response = await visitor.SendFormAsync(fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"address-error\">Посочете адрес или изберете точка на картата.",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_is_stored_without_where_it_was_taken()
    {
        var email = Citizens.NewEmail("photo");
        using var maria = await factory.SignUpAsync(email);
        var photo = SignalJourneys.PhotoWithLocation();
        Assert.NotNull(Image.Load(photo).Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));

        var filed = await maria.FileAsync(SignalJourneys.Complete(), ("../../снимка.jpg", photo));
        var id = await IdOfAsync(filed.Index);
        await using var scope = factory.Services.CreateAsyncScope();
        var details = await scope.ServiceProvider.GetRequiredService<SignalService>().FindAsync(id);
        var photoId = Assert.Single(details!.PhotoIds);
        var stored = await maria.GetByteArrayAsync($"/api/documents/{photoId}/content");
        var page = await maria.GetStringAsync($"/requests/{id}");
        var exif = Image.Load(stored).Metadata.ExifProfile;

        Assert.Null(exif?.GetValue(ExifTag.GPSLatitude));
        Assert.Null(exif?.GetValue(ExifTag.GPSLongitude));
        Assert.Contains("снимка.jpg", filed.CheckHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/documents/{photoId}/content\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_photo_is_refused_beside_the_photo_field()
    {
        using var visitor = factory.Browser();

        using var response = await visitor.SendFormAsync(SignalJourneys.Complete(),
            ("belezhka.pdf", "%PDF-1.7\n"u8.ToArray()));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"photos-error\">Файлът „belezhka.pdf“ не е снимка", html,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_in_the_description_is_shown_escaped_on_every_page_that_shows_it()
    {
        var email = Citizens.NewEmail("html");
        using var maria = await factory.SignUpAsync(email);
        // Letters only: seven digits in a row would keep the description private (it could be a phone number).
        var marker = string.Concat(Guid.NewGuid().ToString("N")
            .Select(c => char.IsDigit(c) ? (char)('g' + c - '0') : c));
        var description = $"<script>alert('{marker}')</script><b>дупка</b>";

        var filed = await maria.FileAsync(
            [.. SignalJourneys.Complete(description).Where(f => f.Name != "phone" && f.Name != "email"),
                ("email", email)]);
        var id = await IdOfAsync(filed.Index);
        using var tracked = await maria.SubmitAsync("/track", ("index", filed.Index), ("code", filed.AccessCode));
        var pages = new[]
        {
            filed.CheckHtml, await maria.GetStringAsync($"/requests/{id}"), await tracked.Content.ReadAsStringAsync(),
            await maria.GetStringAsync("/signals?category=roads"), await maria.GetStringAsync($"/signals/{id}"),
        };

        foreach (var html in pages)
        {
            Assert.Contains($"&lt;script&gt;alert(&#x27;{marker}&#x27;)&lt;/script&gt;", html,
                StringComparison.Ordinal);
            Assert.DoesNotContain($"<script>alert('{marker}')", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>дупка</b>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_anonymous_signal_is_warned_of_registered_and_closed_with_the_laws_reason()
    {
        using var visitor = factory.Browser();
        var form = await visitor.GetStringAsync("/signals/new");

        var filed = await visitor.FileAsync(
        [
            ("categoryCode", "noise"), ("description", "Шум всяка нощ"), ("address", "ул. Оборище 20"),
            ("anonymous", "true"), ("name", "Не се пази"), ("email", "hidden@example.bg"),
        ]);
        var id = await IdOfAsync(filed.Index);
        await factory.CompleteTaskAsync(id, "Анонимен");
        await using var scope = factory.Services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var matter = await cases.FindAsync(id);
        var timeline = await cases.TimelineAsync(id);

        const string warning = "По закон анонимните сигнали се регистрират, но не се разглеждат";
        Assert.Contains(warning, form, StringComparison.Ordinal);
        Assert.Contains(warning, filed.CheckHtml, StringComparison.Ordinal);
        Assert.Contains("Анонимните сигнали се регистрират, но по закон не се разглеждат", filed.Html,
            StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Closed, matter!.Status);
        Assert.Null(matter.ContactEmail);
        Assert.Equal(SignalTexts.AnonymousSender, matter.ApplicantName);
        Assert.Contains(timeline, s => s.Status == CaseStatus.Closed
            && (s.Note ?? "").Contains("чл. 111, ал. 4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_receipt_is_a_PDF_in_Bulgarian_with_the_index_and_the_category()
    {
        using var visitor = factory.Browser();

        var filed = await visitor.FileAsync();
        var pdf = await visitor.GetByteArrayAsync(filed.ReceiptUrl);
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));

        Assert.Contains("РАЗПИСКА", text, StringComparison.Ordinal);
        Assert.Contains(filed.Index, text, StringComparison.Ordinal);
        Assert.Contains("Сигнал: Пътна настилка и дупки", text, StringComparison.Ordinal);
        Assert.Contains("Иван Иванов", text, StringComparison.Ordinal);
        Assert.Contains("седемдневен срок", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_page_offers_a_nearby_open_signal_to_follow_instead()
    {
        using var first = factory.Browser();
        (string Name, string Value)[] point = [.. SignalJourneys.Complete()
            .Select(f => f.Name switch
            {
                "categoryCode" => ("categoryCode", "green"),
                "latitude" => ("latitude", "42.6501"),
                "longitude" => ("longitude", "23.3502"),
                _ => f,
            })];
        var original = await first.FileAsync(point);
        using var second = factory.Browser();

        using var checkResponse = await second.SendFormAsync(
            [.. point.Where(f => f.Name != "email"), ("email", "follower@example.bg")]);
        var check = await checkResponse.Content.ReadAsStringAsync();
        var id = await IdOfAsync(original.Index);
        using var followed = await second.PressAsync(check, $"/signals/new?handler=follow&signal={id}");
        var html = await followed.Content.ReadAsStringAsync();

        Assert.Contains("Може би вече е подаден", check, StringComparison.Ordinal);
        Assert.Contains($"/signals/new?handler=follow&amp;signal={id}", check, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Contains($"Следите сигнал {original.Index}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_owner_reopens_a_fixed_signal_on_its_request_page()
    {
        var email = Citizens.NewEmail("reopen");
        using var maria = await factory.SignUpAsync(email);
        var filed = await maria.FileAsync(
            [.. SignalJourneys.Complete().Where(f => f.Name != "email"), ("email", email)]);
        var id = await IdOfAsync(filed.Index);
        await factory.CompleteTaskAsync(id, "Приемане");
        await factory.CompleteTaskAsync(id, "Отстранен", new() { ["answer"] = "Запълнена е." });
        await factory.CompleteTaskAsync(id, "Изпратен", new() { ["method"] = "email" });

        var page = await maria.GetStringAsync($"/requests/{id}");
        using var empty = await maria.SubmitAsync($"/requests/{id}", $"/requests/{id}?handler=reopen",
            ("reason", " "));
        using var reopened = await maria.SubmitAsync($"/requests/{id}", $"/requests/{id}?handler=reopen",
            ("reason", "Дупката пак се отвори."));
        var html = await reopened.Content.ReadAsStringAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var matter = await scope.ServiceProvider.GetRequiredService<CaseService>().FindAsync(id);

        Assert.Contains("Проблемът се появи отново?", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Contains("Сигналът е възобновен.", html, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Reopened, matter!.Status);
    }

    [Fact]
    public async Task A_signal_is_followed_from_its_public_page_by_e_mail()
    {
        using var visitor = factory.Browser();
        var filed = await visitor.FileAsync();
        var id = await IdOfAsync(filed.Index);
        using var stranger = factory.Browser();

        using var missing = await stranger.SubmitAsync($"/signals/{id}", $"/signals/{id}?handler=follow",
            ("email", ""));
        using var followed = await stranger.SubmitAsync($"/signals/{id}", $"/signals/{id}?handler=follow",
            ("email", "neighbour@example.bg"));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains($"Следите сигнал {filed.Index}.", await followed.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    private async Task<Guid> IdOfAsync(string index)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<SignalService>().FindByIndexAsync(index);
        return found!.Signal.Id;
    }

    /// <summary>A limit of filings the tests of this class do not reach.</summary>
    public sealed class Host() : HostFactory(new Dictionary<string, string?>
    {
        ["Portal:Signals:PermitLimit"] = "1000", ["Portal:Tracking:PermitLimit"] = "1000",
    });
}
