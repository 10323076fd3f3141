using System.Text.RegularExpressions;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>The portal's home and its accessibility statement: Bulgarian first, English a click away.</summary>
public sealed partial class HomeAndStatementTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task The_home_page_is_Bulgarian_and_lists_the_signal_service_first()
    {
        using var browser = factory.Browser();

        var html = await browser.GetStringAsync("/");
        var services = ServiceIds().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("<html lang=\"bg\">", html, StringComparison.Ordinal);
        Assert.Equal("signal", services[0]);
        Assert.Contains("<a href=\"/signals/new\">Сигнал до Столична община</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/register\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/login\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_not_yet_online_say_where_to_apply_and_have_no_link()
    {
        using var browser = factory.Browser();

        var html = await browser.GetStringAsync("/");
        var start = html.IndexOf("id=\"counter\"", StringComparison.Ordinal);
        var counter = html[start..html.IndexOf("</main>", start, StringComparison.Ordinal)];

        Assert.Contains("Удостоверение за данъчна оценка на недвижим имот", counter, StringComparison.Ordinal);
        Assert.Contains("Местни данъци и такси", counter, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", counter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_is_one_click_away_and_translates_the_catalogue()
    {
        using var browser = factory.Browser();
        var bulgarian = await browser.GetStringAsync("/");

        using var chosen = await browser.GetAsync("/language?culture=en&returnUrl=%2F");
        var english = await browser.GetStringAsync("/");

        Assert.Contains("href=\"/language?culture=en&amp;returnUrl=%2F\"", bulgarian, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>E-services of Sofia Municipality</h1>", english, StringComparison.Ordinal);
        Assert.Contains("A signal to Sofia Municipality", english, StringComparison.Ordinal);
        Assert.Contains("Certificate of the tax valuation of a property", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/track")]
    [InlineData("/accessibility")]
    public async Task Every_portal_page_has_one_heading_a_skip_link_and_the_statement_in_its_footer(string path)
    {
        using var browser = factory.Browser();

        var html = await browser.GetStringAsync(path);

        Assert.Single(Headings().Matches(html));
        Assert.Contains("<a class=\"skip\" href=\"#main\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\">", html, StringComparison.Ordinal);
        var footer = html[html.IndexOf("<footer>", StringComparison.Ordinal)..];
        Assert.Contains("<a href=\"/accessibility\">Декларация за достъпност</a>", footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accessibility_statement_names_the_standard_its_contact_and_its_date_in_both_languages()
    {
        using var browser = factory.Browser();

        var bulgarian = await browser.GetStringAsync("/accessibility");
        using var chosen = await browser.GetAsync("/language?culture=en&returnUrl=%2Faccessibility");
        var english = await browser.GetStringAsync("/accessibility");

        Assert.Contains("EN 301 549", bulgarian, StringComparison.Ordinal);
        Assert.Contains("WCAG 2.1", bulgarian, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:dostapnost@sofia.example\"", bulgarian, StringComparison.Ordinal);
        Assert.Contains("04.12.2026", bulgarian, StringComparison.Ordinal);
        Assert.Contains("<h1>Accessibility statement</h1>", english, StringComparison.Ordinal);
        Assert.Contains("partially compliant", english, StringComparison.Ordinal);
    }

    [GeneratedRegex("<li id=\"service-([^\"]+)\">")]
    private static partial Regex ServiceIds();

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex Headings();
}
