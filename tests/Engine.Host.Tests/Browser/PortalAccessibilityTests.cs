using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseSystem.Host.Tests.Browser;

/// <summary>
/// Every page of the citizen portal opened in Chromium as a citizen reaches it, each checked by axe-core against
/// WCAG 2.0 and 2.1, levels A and AA: no violation on any of them, in Bulgarian or in English.
/// </summary>
public sealed class PortalAccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Password = "Parola-Mnogo-Dalga-9";

    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [SkippableFact]
    public async Task Every_portal_page_has_no_accessibility_violation()
    {
        var violations = new List<string>();
        var page = await host.OpenAsync("/");
        await CheckAsync(page, "home", violations);
        await page.GotoAsync("/account/login");
        await CheckAsync(page, "sign-in", violations);
        await page.GotoAsync("/accessibility");
        await CheckAsync(page, "accessibility statement", violations);

        await page.GotoAsync("/account/register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Регистрация", Exact = true }).ClickAsync();
        await CheckAsync(page, "sign-up with errors", violations);
        await page.GetByLabel("Име и фамилия").FillAsync("Мария Петрова");
        await page.GetByLabel("Електронна поща").FillAsync($"axe-{Guid.NewGuid():N}@example.bg");
        await page.GetByLabel("Парола", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Паролата отново").FillAsync(Password);
        await page.GetByLabel("ЕГН (по желание)").FillAsync("8001010008");
        await page.GetByRole(AriaRole.Button, new() { Name = "Регистрация", Exact = true }).ClickAsync();
        await CheckAsync(page, "my requests, empty", violations);

        var opened = await OpenCaseAsync(page);
        await page.GotoAsync("/requests");
        await CheckAsync(page, "my requests", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = opened.Index }).ClickAsync();
        await CheckAsync(page, "a request", violations);

        await page.GotoAsync("/signals/new");
        var maps = await page.Locator(".map.leaflet-container").CountAsync();
        await CheckAsync(page, "signal form, with its map", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Продължи" }).ClickAsync();
        await CheckAsync(page, "signal form with errors", violations);
        await page.GetByLabel("Категория", new() { Exact = true }).SelectOptionAsync("roads");
        await page.GetByLabel("Описание на проблема", new() { Exact = true }).FillAsync("Дупка пред блока");
        await page.GetByLabel("Адрес или място", new() { Exact = true }).FillAsync("ул. Граф Игнатиев 15");
        await page.Locator("#latitude").FillAsync("42.6935");
        await page.Locator("#longitude").FillAsync("23.3260");
        await page.GetByRole(AriaRole.Button, new() { Name = "Продължи" }).ClickAsync();
        await CheckAsync(page, "signal, check your answers", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Подай сигнала" }).ClickAsync();
        var confirmation = await page.Locator("h1").InnerTextAsync();
        await CheckAsync(page, "signal confirmation", violations);
        await page.GotoAsync("/signals");
        await CheckAsync(page, "register of signals, with its map", violations);
        await page.Locator(".register h3 a").First.ClickAsync();
        await CheckAsync(page, "a signal in the register", violations);

        var stranger = await host.OpenAsync("/track");
        await CheckAsync(stranger, "track", violations);
        await stranger.GetByLabel("Регистрационен номер").FillAsync(opened.Index);
        await stranger.GetByLabel("Код за достъп").FillAsync("AAAAAAAA");
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Покажи заявлението" }).ClickAsync();
        await CheckAsync(stranger, "track, not found", violations);
        await stranger.GetByLabel("Код за достъп").FillAsync(opened.Code);
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Покажи заявлението" }).ClickAsync();
        var heading = await stranger.Locator("h1").InnerTextAsync();
        await CheckAsync(stranger, "track result", violations);
        await stranger.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await CheckAsync(stranger, "track, English", violations);
        await stranger.GotoAsync("/");
        await CheckAsync(stranger, "home, English", violations);

        Assert.Equal($"Заявление {opened.Index}", heading);
        Assert.Equal("Сигналът е подаден", confirmation);
        Assert.Equal(1, maps);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static async Task CheckAsync(IPage page, string name, List<string> violations)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on the page '{name}'");
        violations.AddRange(result.Violations.Select(v =>
            $"{name}: {v.Id} ({v.Impact}) {v.Help}: {string.Join("; ", v.Nodes.Select(n => n.Html))}"));
    }

    /// <summary>Opens a case as the page's signed-in citizen, through the API with the page's own cookies.</summary>
    private static async Task<(string Index, string Code)> OpenCaseAsync(IPage page)
    {
        var response = await page.APIRequest.PostAsync("/api/cases", new()
        {
            DataObject = new
            {
                serviceCode = "signal",
                title = "Счупена пейка",
                applicantKind = "Person",
                applicantIdentifier = "8001010008",
                applicantName = "Мария Петрова",
            },
        });
        Assert.Equal(201, response.Status);
        using var created = JsonDocument.Parse(await response.TextAsync());
        return (created.RootElement.GetProperty("case").GetProperty("registrationIndex").GetString()!,
            created.RootElement.GetProperty("accessCode").GetString()!);
    }
}
