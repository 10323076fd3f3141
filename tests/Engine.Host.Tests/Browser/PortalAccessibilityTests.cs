using System.Text.Json;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Portal;
using CaseSystem.Workflows.Municipal.Signals;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
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

    [SkippableFact]
    public async Task Every_signal_page_has_no_accessibility_violation_in_Bulgarian_and_in_English()
    {
        var violations = new List<string>();
        var photo = Path.Combine(host.Factory.DataFolder, "дупка.jpg");
        await File.WriteAllBytesAsync(photo, SignalJourneys.PhotoWithLocation());
        var citizen = await host.OpenAsync("/account/login");
        await citizen.GetByLabel("Електронна поща").FillAsync("citizen@sofia.example");
        await citizen.GetByLabel("Парола").FillAsync(DemoAccounts.Password);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Вход" }).ClickAsync();
        var index = await FileSignalAsync(citizen, "Счупена тротоарна плочка", photo);
        var id = await SignalIdAsync(index);

        // In Bulgarian: the check page offering the first signal as a likely duplicate, the follow form's errors.
        await citizen.GotoAsync("/signals/new");
        await FillSignalAsync(citizen, "Плочката пред входа е счупена");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Продължи" }).ClickAsync();
        var duplicates = await citizen.Locator("main").InnerTextAsync();
        await CheckAsync(citizen, "signal, check your answers with duplicates", violations);
        var stranger = await host.OpenAsync($"/signals/{id}");
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Следете сигнала" }).ClickAsync();
        var followError = await stranger.Locator(".field-error").InnerTextAsync();
        await CheckAsync(stranger, "following a signal, with errors", violations);

        // In English: every signal page.
        await citizen.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await citizen.GotoAsync("/signals/new");
        await CheckAsync(citizen, "signal form, English", violations);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await CheckAsync(citizen, "signal form with errors, English", violations);
        await FillSignalAsync(citizen, "A broken paving slab by the entrance");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var duplicatesEnglish = await citizen.Locator("main").InnerTextAsync();
        await CheckAsync(citizen, "signal, check your answers with duplicates, English", violations);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "File the signal" }).ClickAsync();
        await CheckAsync(citizen, "signal confirmation, English", violations);
        await citizen.GotoAsync("/signals");
        await CheckAsync(citizen, "register of signals, English", violations);
        await citizen.GotoAsync($"/signals/{id}");
        await CheckAsync(citizen, "a signal in the register, English", violations);
        await stranger.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Follow the signal" }).ClickAsync();
        await CheckAsync(stranger, "following a signal, with errors, English", violations);

        // The first signal fixed: its own page with the photo, the answer and the reopen form, in both languages.
        await host.Factory.CompleteTaskAsync(id, "Приемане");
        await host.Factory.CompleteTaskAsync(id, "Отстранен", new() { ["answer"] = "Плочката е подменена." });
        await host.Factory.CompleteTaskAsync(id, "Изпратен", new() { ["method"] = "email" });
        await citizen.GotoAsync($"/requests/{id}");
        var ownPage = await citizen.Locator("main").InnerTextAsync();
        await CheckAsync(citizen, "a signal's own page with its photo and the reopen form, English", violations);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Reopen the signal" }).ClickAsync();
        await CheckAsync(citizen, "reopening with errors, English", violations);
        await citizen.GotoAsync("/inbox");
        var deniedEnglish = citizen.Url;
        await CheckAsync(citizen, "access denied, English", violations);
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Български" }).ClickAsync();
        await citizen.GotoAsync($"/requests/{id}");
        await CheckAsync(citizen, "a signal's own page with its photo and the reopen form", violations);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Възобнови сигнала" }).ClickAsync();
        var reopenError = await citizen.Locator(".field-error").InnerTextAsync();
        await CheckAsync(citizen, "reopening with errors", violations);
        await citizen.GotoAsync("/inbox");
        var denied = await citizen.Locator("h1").InnerTextAsync();
        await CheckAsync(citizen, "access denied", violations);

        Assert.Contains("Може би вече е подаден", duplicates, StringComparison.Ordinal);
        Assert.Contains(index, duplicates, StringComparison.Ordinal);
        Assert.Contains("It may have been reported already", duplicatesEnglish, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(followError));
        Assert.Contains("дупка.jpg", ownPage, StringComparison.Ordinal);
        Assert.Contains("Has the problem come back?", ownPage, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(reopenError));
        Assert.Contains("/account/denied", deniedEnglish, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(denied));
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    internal static async Task CheckAsync(IPage page, string name, List<string> violations)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on the page '{name}'");
        violations.AddRange(result.Violations.Select(v =>
            $"{name}: {v.Id} ({v.Impact}) {v.Help}: {string.Join("; ", v.Nodes.Select(n => n.Html))}"));
    }

    // The signal form filled in with a point in the centre of Sofia, the same each time, so that the signals of
    // this test are each other's likely duplicates.
    private static async Task FillSignalAsync(IPage page, string description)
    {
        await page.Locator("#categoryCode").SelectOptionAsync("roads");
        await page.Locator("#description").FillAsync(description);
        await page.Locator("#address").FillAsync("ул. Граф Игнатиев 15");
        await page.Locator("#latitude").FillAsync("42.6935");
        await page.Locator("#longitude").FillAsync("23.3260");
    }

    private static async Task<string> FileSignalAsync(IPage page, string description, string photo)
    {
        await page.GotoAsync("/signals/new");
        await FillSignalAsync(page, description);
        await page.Locator("#photos").SetInputFilesAsync(photo);
        await page.GetByRole(AriaRole.Button, new() { Name = "Продължи" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Подай сигнала" }).ClickAsync();
        return await page.Locator("#registration-index").InnerTextAsync();
    }

    private async Task<Guid> SignalIdAsync(string index)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<SignalService>().FindByIndexAsync(index);
        return found!.Signal.Id;
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

/// <summary>
/// The page of one attempt too many, on a host of its own: the attempts are counted per address, and every page of
/// the other class comes from the same loopback address.
/// </summary>
public sealed class RateLimitPageAccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task The_rate_limit_page_has_no_accessibility_violation_in_Bulgarian_and_in_English()
    {
        var violations = new List<string>();
        var page = await host.OpenAsync("/track");
        var status = await TrackUntilRefusedAsync(page, "Покажи заявлението");
        var title = await page.Locator("h1").InnerTextAsync();
        await PortalAccessibilityTests.CheckAsync(page, "too many attempts", violations);
        await page.GotoAsync("/track?culture=en");
        var english = await TrackUntilRefusedAsync(page, "Show the request");
        await PortalAccessibilityTests.CheckAsync(page, "too many attempts, English", violations);

        Assert.Equal((429, 429), (status, english));
        Assert.False(string.IsNullOrWhiteSpace(title));
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    // Wrong codes until the limit refuses one; answers the refusal's status.
    private static async Task<int> TrackUntilRefusedAsync(IPage page, string button)
    {
        for (var i = 0; i < 20; i++)
        {
            await page.Locator("#index").FillAsync("СОА26-ВХ-1/04.12.2026");
            await page.Locator("#code").FillAsync("AAAAAAAA");
            var response = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(),
                r => r.Request.Method == "POST");
            if (response.Status == 429)
            {
                return 429;
            }
        }

        return 0;
    }
}
