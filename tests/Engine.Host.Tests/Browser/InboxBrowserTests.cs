using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Host.Tests.Tasks;
using Microsoft.Playwright;

namespace CaseSystem.Host.Tests.Browser;

/// <summary>A clerk works a task in the inbox with a real browser: sign in, find it, claim it, complete it.</summary>
public sealed class InboxBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task A_clerk_signs_in_opens_a_task_and_completes_it()
    {
        var page = await host.OpenAsync("/account/login");
        using var admin = host.Factory.CreateApiClient();
        var definitionId = await admin.PublishNewAsync(TaskFlows.ReviewAndSign(Definitions.NewId("inbox")));
        var instanceId = await TaskFlows.StartAsync(admin, definitionId, "СО-БРАУЗЪР");

        await page.GetByLabel("Електронна поща").FillAsync("clerk@sofia.example");
        await page.GetByLabel("Парола").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Вход" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Към задачите" }).ClickAsync();
        await page.GetByLabel("на моите групи").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Покажи", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Преглед на СО-БРАУЗЪР" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Поеми задачата" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "approve" }).ClickAsync();
        var refusal = await page.Locator(".field-error").InnerTextAsync();
        await page.GetByLabel("Бележка").FillAsync("Документите са пълни");
        await page.GetByRole(AriaRole.Button, new() { Name = "approve" }).ClickAsync();
        var done = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var state = await page.Locator("dl").First.InnerTextAsync();

        Assert.NotEmpty(refusal);
        Assert.Equal("Задачата е изпълнена.", done);
        Assert.Contains("изпълнена", state, StringComparison.Ordinal);
        Assert.Equal("Suspended", (string?)(await admin.GetInstanceAsync(instanceId))["subStatus"]);
    }
}
