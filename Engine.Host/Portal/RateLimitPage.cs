using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CaseSystem.Host.Localization;

namespace CaseSystem.Host.Portal;

/// <summary>
/// The answer to one attempt too many (tracking, or a signal filed without an account): 429 with a page that says
/// when to try again. The rate limiter refuses before any page runs, so this page is written here, with the
/// layout's essentials (language, landmarks, one heading, the way back, the accessibility statement).
/// </summary>
internal static class RateLimitPage
{
    /// <summary>The texts of one limited form: its page's title and message (with {0} for the minutes), and the
    /// link back.</summary>
    public sealed record Texts(string Title, string Message, string Back, string BackUrl);

    public static readonly Texts Tracking = new("track.limited-title", "track.limited", "track.again", "/track");

    public static readonly Texts Signals =
        new("signal.limited-title", "signal.limited", "signal.limited-back", "/signals/new");

    // Like the pages: Bulgarian written as it is; only HTML-significant characters escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static async ValueTask RefuseAsync(HttpContext context, TimeSpan window, Texts texts,
        CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var minutes = Math.Max(1, (int)Math.Ceiling(window.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
        string Text(string key) => Encoder.Encode(Ui.Text(key, culture));

        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        var page = $"""
            <!DOCTYPE html>
            <html lang="{Ui.Language}">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{Text(texts.Title)} — {Text("site.name")}</title>
                <link rel="stylesheet" href="/site.css">
            </head>
            <body>
            <header><p class="site"><a href="/">{Text("site.name")}</a></p></header>
            <main id="main">
                <h1>{Text(texts.Title)}</h1>
                <p role="alert">{Text(texts.Message).Replace("{0}", minutes, StringComparison.Ordinal)}</p>
                <p><a href="{texts.BackUrl}">{Text(texts.Back)}</a></p>
            </main>
            <footer><a href="/accessibility">{Text("site.accessibility")}</a></footer>
            </body>
            </html>
            """;
        await response.WriteAsync(page, cancellationToken);
    }
}
