using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Tasks;

/// <summary>A clerk's notifications (a task delegated to them here) at the top of the inbox and in the API, each
/// theirs alone to mark read.</summary>
public sealed class NotificationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_delegated_task_is_announced_in_the_colleagues_inbox_until_they_mark_it_read()
    {
        using var owner = await SignedInAsync("clerk@sofia.example");
        using var colleague = await SignedInAsync("clerk2@sofia.example");
        using var admin = factory.CreateApiClient();
        var definitionId = await admin.PublishNewAsync(TaskFlows.ReviewAndSign(Definitions.NewId("notice")));
        var instanceId = await TaskFlows.StartAsync(admin, definitionId, "СО-ИЗВЕСТИЕ");
        var taskId = (string)(await TaskFlows.FindAsync(owner, "groups=true", instanceId))!["id"]!;
        (await owner.PostAsync($"/api/tasks/{taskId}/claim", null)).Dispose();
        (await owner.PostAsJsonAsync($"/api/tasks/{taskId}/delegate", new { to = "clerk2@sofia.example" }))
            .Dispose();

        var inbox = await colleague.GetStringAsync("/inbox");
        var notices = await colleague.GetFromJsonAsync<JsonArray>("/api/notifications?unread=true");
        var notice = Assert.Single(notices!, n => (string?)n!["taskId"] == taskId)!;
        var id = (long)notice["id"]!;
        using var byOwner = await owner.PostAsync($"/api/notifications/{id}/read", null);
        using var read = await colleague.SubmitAsync("/inbox", $"/inbox?view=mine&page=1&handler=read",
            ("notification", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var after = await colleague.GetFromJsonAsync<JsonArray>("/api/notifications?unread=true");
        var inboxAfter = await colleague.GetStringAsync("/inbox");

        Assert.Contains("<h2 id=\"notifications-title\">Известия</h2>", inbox, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/inbox/tasks/{taskId}\">", inbox, StringComparison.Ordinal);
        Assert.Equal("delegated", (string?)notice["kind"]);
        Assert.Contains("clerk@sofia.example", (string?)notice["text"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byOwner.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.DoesNotContain(after!, n => (long)n!["id"]! == id);
        Assert.DoesNotContain($"name=\"notification\" value=\"{id}\"", inboxAfter, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email, DemoAccounts.Password);
        return client;
    }
}
