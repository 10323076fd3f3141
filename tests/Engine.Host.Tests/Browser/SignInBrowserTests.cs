using CaseSystem.Host.Accounts;

namespace CaseSystem.Host.Tests.Browser;

/// <summary>Signing in with a real browser, as a clerk would, with no JavaScript of ours involved.</summary>
public sealed class SignInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task A_clerk_signs_in_and_reaches_the_inbox_link_and_English_is_a_click_away()
    {
        var page = await host.OpenAsync("/account/login");

        await page.GetByLabel("Електронна поща").FillAsync("clerk@sofia.example");
        await page.GetByLabel("Парола").FillAsync(DemoAccounts.Password);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Вход" }).ClickAsync();
        var greeting = await page.Locator("header").InnerTextAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "English" }).ClickAsync();
        var english = await page.Locator("h1").InnerTextAsync();

        Assert.Contains("Влезли сте като clerk@sofia.example", greeting, StringComparison.Ordinal);
        Assert.Equal("E-services of Sofia Municipality", english);
    }
}
