using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Tasks;

/// <summary>
/// The inbox pages as a browser without JavaScript gets them: who may open which, and each task action as a plain
/// form post with its antiforgery token.
/// </summary>
public sealed partial class InboxPageTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Nobody_signed_in_is_sent_to_sign_in_and_a_citizen_is_refused()
    {
        using var anonymous = factory.Browser();
        using var citizen = await SignedInAsync("citizen@sofia.example");

        using var signIn = await anonymous.GetAsync("/inbox");
        using var refused = await citizen.GetAsync("/inbox");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/account/login", signIn.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_sees_the_department_page_and_a_clerk_does_not()
    {
        using var supervisor = await SignedInAsync("supervisor@sofia.example");
        using var clerk = await SignedInAsync("clerk@sofia.example");

        var page = await supervisor.GetStringAsync("/inbox/department");
        using var refused = await clerk.GetAsync("/inbox/department");

        Assert.Contains("<h1>Задачите на отдела reception</h1>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task The_list_page_is_Bulgarian_with_its_filters()
    {
        using var clerk = await SignedInAsync("clerk@sofia.example");

        var page = await clerk.GetStringAsync("/inbox?view=groups&sort=Priority");

        Assert.Contains("<html lang=\"bg\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Задачи</h1>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"groups\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Priority\" selected=\"selected\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_link_turns_the_inbox_and_the_task_page_English()
    {
        using var clerk = await SignedInAsync("clerk@sofia.example");
        var taskId = await StartReviewAsync(clerk, "СО-EN");
        var bulgarian = await clerk.GetStringAsync("/inbox?view=groups");
        var link = WebUtility.HtmlDecode(LanguageLink().Match(bulgarian).Groups[1].Value);

        using var switched = await clerk.GetAsync(link);
        var english = await clerk.GetStringAsync(switched.Headers.Location!.OriginalString);
        var task = await clerk.GetStringAsync($"/inbox/tasks/{taskId}");

        Assert.Equal("/language?culture=en&returnUrl=%2Finbox%3Fview%3Dgroups", link);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Tasks</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<legend>Show</legend>", english, StringComparison.Ordinal);
        Assert.Contains(">Claim the task</button>", task, StringComparison.Ordinal);
        Assert.Contains("<dd>open</dd>", task, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claiming_with_the_page_form_makes_the_clerk_the_owner()
    {
        using var clerk = await SignedInAsync("clerk@sofia.example");
        var taskId = await StartReviewAsync(clerk, "СО-ПОЕМИ");

        using var claimed = await PostAsync(clerk, taskId, "claim");
        var page = await claimed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Contains("<dd>поета</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>clerk@sofia.example</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" name=\"outcome\" value=\"approve\">", page, StringComparison.Ordinal);
        Assert.Equal(("Claimed", "clerk@sofia.example"), await StateAsync(clerk, taskId));
    }

    [Fact]
    public async Task Completing_without_a_required_field_shows_why_beside_it_and_leaves_the_task_open()
    {
        using var clerk = await SignedInAsync("clerk@sofia.example");
        var taskId = await StartReviewAsync(clerk, "СО-БЕЛЕЖКА");
        (await PostAsync(clerk, taskId, "claim")).Dispose();

        using var refused = await PostAsync(clerk, taskId, "complete", ("outcome", "approve"), ("field.note", ""));
        var page = await refused.Content.ReadAsStringAsync();
        var state = await StateAsync(clerk, taskId);
        using var completed = await PostAsync(clerk, taskId, "complete", ("outcome", "approve"),
            ("field.note", "Документите са пълни"));
        var done = await completed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var beside = FieldError().Match(page);
        Assert.True(beside.Success, page);
        Assert.Contains("Бележка", beside.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#field-note\">", page, StringComparison.Ordinal);
        Assert.Equal(("Claimed", "clerk@sofia.example"), state);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Contains("<p role=\"status\">Задачата е изпълнена.</p>", done, StringComparison.Ordinal);
        Assert.Equal("Completed", (await StateAsync(clerk, taskId)).State);
    }

    [Fact]
    public async Task The_owner_delegates_the_colleague_hands_it_back_and_the_owner_completes()
    {
        using var owner = await SignedInAsync("clerk@sofia.example");
        using var colleague = await SignedInAsync("clerk2@sofia.example");
        var taskId = await StartReviewAsync(owner, "СО-ДЕЛЕГИРАНЕ");
        (await PostAsync(owner, taskId, "claim")).Dispose();

        using var delegated = await PostAsync(owner, taskId, "delegate", ("to", "clerk2@sofia.example"));
        var delegatedPage = await delegated.Content.ReadAsStringAsync();
        var colleaguePage = await colleague.GetStringAsync($"/inbox/tasks/{taskId}");
        using var resolved = await PostAsync(colleague, taskId, "resolve");
        var ownerPage = await owner.GetStringAsync($"/inbox/tasks/{taskId}");
        using var completed = await PostAsync(owner, taskId, "complete", ("outcome", "reject"),
            ("field.note", "Липсва скица"));

        Assert.Equal(HttpStatusCode.OK, delegated.StatusCode);
        Assert.Contains("<dt>Делегирана на</dt><dd>clerk2@sofia.example</dd>", delegatedPage,
            StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"outcome\"", delegatedPage, StringComparison.Ordinal);
        Assert.Contains("?handler=resolve", colleaguePage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"outcome\"", colleaguePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.DoesNotContain("Делегирана на", ownerPage, StringComparison.Ordinal);
        Assert.Contains("name=\"outcome\" value=\"reject\"", ownerPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var details = await owner.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}");
        Assert.Equal("reject", (string?)details!["task"]!["outcome"]);
        Assert.Equal(["opened", "claimed", "delegated", "resolved", "completed"],
            details["history"]!.AsArray().Select(h => (string)h!["action"]!));
    }

    [Fact]
    public async Task Releasing_with_the_page_form_gives_the_task_back_to_the_group()
    {
        using var clerk = await SignedInAsync("clerk@sofia.example");
        using var colleague = await SignedInAsync("clerk2@sofia.example");
        var taskId = await StartReviewAsync(clerk, "СО-ВРЪЩАНЕ");
        (await PostAsync(clerk, taskId, "claim")).Dispose();

        using var released = await PostAsync(clerk, taskId, "release");
        var page = await released.Content.ReadAsStringAsync();
        using var claimedAgain = await PostAsync(colleague, taskId, "claim");

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Contains("<dd>непоета</dd>", page, StringComparison.Ordinal);
        Assert.Contains(">Поеми задачата</button>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, claimedAgain.StatusCode);
        Assert.Equal(("Claimed", "clerk2@sofia.example"), await StateAsync(clerk, taskId));
    }

    [Fact]
    public async Task A_clerk_of_another_department_cannot_open_or_claim_the_task_with_the_page()
    {
        using var clerk = await SignedInAsync("clerk@sofia.example");
        using var roads = await SignedInAsync("roads@sofia.example");
        var taskId = await StartReviewAsync(clerk, "СО-ЧУЖДА");
        var token = PageForms.Token(await roads.GetStringAsync("/inbox"));

        using var opened = await roads.GetAsync($"/inbox/tasks/{taskId}");
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        using var claimed = await roads.PostAsync($"/inbox/tasks/{taskId}?handler=claim", form);

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, claimed.StatusCode);
        Assert.Equal(("Open", null), await StateAsync(clerk, taskId));
    }

    [Fact]
    public async Task The_list_marks_overdue_tasks_and_those_due_soon_by_the_hosts_clock()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var host = new HostFactory { TestServices = s => s.AddSingleton<TimeProvider>(clock) };
        using var admin = host.CreateApiClient();
        var definitionId = await admin.PublishNewAsync(TaskFlows.ReviewAndSign(Definitions.NewId("marks")));
        await TaskFlows.StartAsync(admin, definitionId, "СО-ПРОСРОЧЕНА");
        clock.Set(clock.GetUtcNow().AddDays(30));
        var soon = await TaskFlows.StartAsync(admin, definitionId, "СО-СКОРО");
        var due = await DueAsync(admin, soon);
        clock.Set(due.AddDays(-1));
        await TaskFlows.StartAsync(admin, definitionId, "СО-НОВА");
        using var clerk = host.Browser();
        await clerk.SignInAsync("clerk@sofia.example", DemoAccounts.Password);

        var page = await clerk.GetStringAsync("/inbox?view=groups");
        var overdueOnly = await clerk.GetStringAsync("/inbox?view=groups&overdue=true");

        Assert.Equal("overdue (просрочена)", Mark(page, "СО-ПРОСРОЧЕНА"));
        Assert.Equal("soon (изтича скоро)", Mark(page, "СО-СКОРО"));
        Assert.Equal("", Mark(page, "СО-НОВА"));
        Assert.Contains("СО-ПРОСРОЧЕНА", overdueOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("СО-СКОРО", overdueOnly, StringComparison.Ordinal);
    }

    /// <summary>The class and the words of the due-date cell in the row of the task titled for the case.</summary>
    private static string Mark(string page, string correlationId)
    {
        var row = Row().Matches(page).Single(m => m.Groups["title"].Value == $"Преглед на {correlationId}");
        var words = row.Groups["words"].Value;
        return (row.Groups["mark"].Value + " " + (words.Length > 0 ? $"({words})" : "")).Trim();
    }

    private static async Task<DateTimeOffset> DueAsync(HttpClient admin, string instanceId)
    {
        var page = await admin.GetOkAsync("/api/tasks?pageSize=200");
        var task = page["items"]!.AsArray().Single(t => (string?)t!["instanceId"] == instanceId)!;
        return DateTimeOffset.Parse((string)task["dueAt"]!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> StartReviewAsync(HttpClient clerk, string correlationId)
    {
        using var admin = factory.CreateApiClient();
        var definitionId = await admin.PublishNewAsync(TaskFlows.ReviewAndSign(Definitions.NewId("page")));
        var instanceId = await TaskFlows.StartAsync(admin, definitionId, correlationId);
        return (string)(await TaskFlows.FindAsync(clerk, "groups=true", instanceId))!["id"]!;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, string taskId, string handler,
        params (string Name, string Value)[] fields) =>
        browser.SubmitAsync($"/inbox/tasks/{taskId}", $"/inbox/tasks/{taskId}?handler={handler}", fields);

    private static async Task<(string State, string? Assignee)> StateAsync(HttpClient client, string taskId)
    {
        var details = await client.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}");
        return ((string)details!["task"]!["state"]!, (string?)details["task"]!["assignee"]);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email, DemoAccounts.Password);
        return client;
    }

    [GeneratedRegex("<a href=\"(/language\\?culture=en[^\"]*)\"")]
    private static partial Regex LanguageLink();

    [GeneratedRegex("<p class=\"field-error\" id=\"field-note-error\">([^<]+)</p>\\s*<input id=\"field-note\"")]
    private static partial Regex FieldError();

    [GeneratedRegex(
        "<td><a href=\"/inbox/tasks/[^\"]+\">(?<title>[^<]+)</a></td>.*?<td class=\"(?<mark>[^\"]*)\">"
        + "[^<]*(?:<span>\\((?<words>[^)]+)\\)</span>)?", RegexOptions.Singleline)]
    private static partial Regex Row();
}
