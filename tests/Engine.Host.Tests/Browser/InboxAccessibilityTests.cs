using System.Net.Http.Json;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Open311;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Host.Tests.Tasks;
using Microsoft.Playwright;

namespace CaseSystem.Host.Tests.Browser;

/// <summary>
/// The clerks' pages in Chromium, each checked by axe-core against WCAG 2.1 A and AA as the portal's are: the
/// inbox with a notification and a group's tasks, a task before and after it is claimed and with a refused decision, the supervisor's
/// department page, the document register, a signal registered at the counter, and a signal's task with its map.
/// </summary>
public sealed class InboxAccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task Every_inbox_page_has_no_accessibility_violation()
    {
        using var admin = host.Factory.CreateApiClient();
        var definitionId = await admin.PublishNewAsync(TaskFlows.ReviewAndSign(Definitions.NewId("axe-inbox")));
        await TaskFlows.StartAsync(admin, definitionId, "СО-ДОСТЪПНОСТ");

        // A second task given to the supervisor, so the inbox shows its notification too.
        var given = await TaskFlows.StartAsync(admin, definitionId, "СО-ВЪЗЛОЖЕНА");
        var givenId = (string)(await TaskFlows.FindAsync(admin, "groups=false", given))!["id"]!;
        (await admin.PostAsJsonAsync($"/api/tasks/{givenId}/reassign", new { to = "supervisor@sofia.example" }))
            .EnsureSuccessStatusCode().Dispose();
        var violations = new List<string>();

        var page = await SignInAsync("supervisor@sofia.example");
        await page.GotoAsync("/inbox");
        var notices = await page.Locator("#notifications-title").CountAsync();
        await PortalAccessibilityTests.CheckAsync(page, "inbox, mine, with a notification", violations);
        await page.GotoAsync("/inbox?view=groups");
        await PortalAccessibilityTests.CheckAsync(page, "inbox, my groups", violations);
        await page.GetByRole(AriaRole.Link, new() { Name = "Преглед на СО-ДОСТЪПНОСТ" }).ClickAsync();
        await PortalAccessibilityTests.CheckAsync(page, "a task, open", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Поеми задачата" }).ClickAsync();
        await PortalAccessibilityTests.CheckAsync(page, "a task, claimed", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "approve" }).ClickAsync();
        await PortalAccessibilityTests.CheckAsync(page, "a task, decision refused", violations);
        await page.GotoAsync("/inbox/department?code=reception");
        await PortalAccessibilityTests.CheckAsync(page, "department", violations);
        await page.GotoAsync("/inbox/register");
        await PortalAccessibilityTests.CheckAsync(page, "document register", violations);
        await page.GotoAsync("/inbox/signals/new");
        await PortalAccessibilityTests.CheckAsync(page, "a signal at the counter", violations);
        await page.GotoAsync("/inbox?culture=en");
        await PortalAccessibilityTests.CheckAsync(page, "inbox in English", violations);

        // A signal's task, with its details and (JavaScript running) the map of it and its likely duplicates.
        using var open311 = host.Factory.CreateClient();
        var signalId = await Open311Calls.PostedIdAsync(open311);
        var roads = await SignInAsync("roads-supervisor@sofia.example");
        await roads.GotoAsync("/inbox?view=groups");
        await roads.Locator($"a[href^='/inbox/tasks/']").First.ClickAsync();
        // The click's page has loaded once the map is drawn; it fails here if the map never comes.
        await roads.Locator(".signal-details .leaflet-container").WaitForAsync(new() { Timeout = 15_000 });
        var maps = await roads.Locator(".signal-details .leaflet-container").CountAsync();
        await PortalAccessibilityTests.CheckAsync(roads, "a signal's task, with its map", violations);

        Assert.False(string.IsNullOrEmpty(signalId));
        Assert.Equal(1, maps);
        Assert.Equal(1, notices);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await host.OpenAsync("/account/login");
        await page.GetByLabel("Електронна поща").FillAsync(email);
        await page.GetByLabel("Парола").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Вход" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }
}
