using System.Net;
using System.Text.RegularExpressions;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>The signal pages as a browser without JavaScript goes through them: form, check page, confirmation.
/// </summary>
internal static partial class SignalJourneys
{
    /// <summary>A complete signal with a point near the centre of Sofia, as a citizen fills it in.</summary>
    public static (string Name, string Value)[] Complete(string description = "Дупка на пътя пред блока") =>
    [
        ("categoryCode", "roads"), ("description", description), ("address", "ул. Граф Игнатиев 15"),
        ("latitude", "42.6935"), ("longitude", "23.3260"), ("name", "Иван Иванов"),
        ("email", "ivan@example.bg"), ("phone", "0888 123 456"), ("shareDescription", "true"),
    ];

    /// <summary>Opens the form and sends it with <paramref name="fields"/> and photos; answers the page it gets.
    /// </summary>
    public static async Task<HttpResponseMessage> SendFormAsync(this HttpClient browser,
        (string Name, string Value)[] fields, params (string FileName, byte[] Content)[] photos) =>
        await browser.SendFormAsync("/signals/new", "/signals/new?handler=check", fields, photos);

    public static async Task<HttpResponseMessage> SendFormAsync(this HttpClient browser, string page, string action,
        (string Name, string Value)[] fields, params (string FileName, byte[] Content)[] photos)
    {
        var html = await browser.GetStringAsync(page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.Token(html)), "__RequestVerificationToken" },
            { new StringContent(Hidden(html, "draft")), "draft" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (fileName, content) in photos)
        {
            form.Add(new ByteArrayContent(content), "photos", fileName);
        }

        return await browser.PostAsync(action, form);
    }

    /// <summary>Presses a button of the check page (submit, follow, change) with the page's draft.</summary>
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient browser, string checkPage, string action,
        params (string Name, string Value)[] extra)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", PageForms.Token(checkPage)), new("draft", Hidden(checkPage, "draft")),
        };
        fields.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Name, e.Value)));
        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(action, content);
    }

    /// <summary>Files a complete signal through the form and the check page; answers the confirmation page.</summary>
    public static async Task<Filed> FileAsync(this HttpClient browser, (string Name, string Value)[]? fields = null,
        params (string FileName, byte[] Content)[] photos)
    {
        using var checkResponse = await browser.SendFormAsync(fields ?? Complete(), photos);
        var check = await checkResponse.Content.ReadAsStringAsync();
        Assert.True(checkResponse.StatusCode == HttpStatusCode.OK, $"{(int)checkResponse.StatusCode}: {check}");
        using var done = await browser.PressAsync(check, "/signals/new?handler=submit");
        var html = await done.Content.ReadAsStringAsync();
        Assert.True(done.StatusCode == HttpStatusCode.OK, $"{(int)done.StatusCode}: {html}");
        return Filed.From(html, check);
    }

    public static string Hidden(string html, string name) =>
        Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"") is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"The page has no hidden field '{name}'.");

    /// <summary>A JPEG that says where it was taken (GPS latitude and longitude in its EXIF).</summary>
    public static byte[] PhotoWithLocation()
    {
        using var image = new Image<Rgb24>(64, 48, new Rgb24(120, 80, 40));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(42, 1), new Rational(41, 1), new Rational(3600, 100)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(23, 1), new Rational(19, 1), new Rational(1200, 100)]);
        exif.SetValue(ExifTag.Make, "Тест");
        image.Metadata.ExifProfile = exif;
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    /// <summary>Completes the open task of the signal's workflow as a clerk of its group would.</summary>
    public static async Task CompleteTaskAsync(this HostFactory factory, Guid caseId, string outcome,
        System.Text.Json.Nodes.JsonObject? formData = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MunicipalDbContext>();

        // The workflow may still be on its way to the task (a filed signal's first run is queued): wait for it.
        TaskRecord? task = null;
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); task is null; await Task.Delay(50))
        {
            task = (await db.Tasks.AsNoTracking().Where(t => t.CaseId == caseId).ToListAsync())
                .SingleOrDefault(t => t.State is TaskState.Open or TaskState.Claimed);
            Assert.True(task is not null || waited.Elapsed < TimeSpan.FromSeconds(30),
                $"No open task for case {caseId} after 30 s.");
        }

        var clerk = new TaskActor("clerk-test@sofia.example", task.CandidateGroups, false, false);
        var tasks = scope.ServiceProvider.GetRequiredService<TaskService>();
        await tasks.ClaimAsync(clerk, task.Id);
        await tasks.CompleteAsync(clerk, task.Id, outcome, formData, []);
    }

    [GeneratedRegex("id=\"registration-index\">([^<]+)<")]
    private static partial Regex IndexPattern();

    [GeneratedRegex("id=\"access-code\">([^<]+)<")]
    private static partial Regex CodePattern();

    [GeneratedRegex("href=\"(/documents/links/[^\"]+)\" download>")]
    private static partial Regex ReceiptPattern();

    internal sealed record Filed(string Index, string AccessCode, string ReceiptUrl, string Html, string CheckHtml)
    {
        public static Filed From(string html, string check) => new(
            WebUtility.HtmlDecode(IndexPattern().Match(html).Groups[1].Value),
            CodePattern().Match(html).Groups[1].Value,
            ReceiptPattern().Match(html).Groups[1].Value,
            html,
            check);
    }
}
