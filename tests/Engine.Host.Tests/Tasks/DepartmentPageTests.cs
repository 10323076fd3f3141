using System.Net;
using CaseSystem.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Tasks;

/// <summary>
/// The supervisor's department page: reassigning a task to a clerk of the department, a form per task with its
/// antiforgery token, allowed to the department's supervisor and administrators only; past-due marks by the
/// host's clock.
/// </summary>
public sealed class DepartmentPageTests(DepartmentPageTests.ClockedHost factory)
    : IClassFixture<DepartmentPageTests.ClockedHost>
{
    private const string Reassign = "/inbox/department?code=reception&handler=reassign";

    [Fact]
    public async Task A_supervisor_gives_a_task_to_a_clerk_of_the_department()
    {
        using var admin = factory.CreateApiClient();
        using var supervisor = await InboxCalls.SignedInAsync(factory, "supervisor@sofia.example");
        var taskId = await NewTaskAsync(admin, "Преглед на жалба");
        var page = await supervisor.GetStringAsync("/inbox/department");

        using var response = await supervisor.SubmitAsync("/inbox/department", Reassign,
            ("taskId", taskId), ("to", "clerk2@sofia.example"));
        var html = await response.Content.ReadAsStringAsync();
        var task = (await InboxCalls.TaskAsync(admin, taskId))["task"]!;

        Assert.Contains($"<input type=\"hidden\" name=\"taskId\" value=\"{taskId}\">", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"clerk2@sofia.example\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"roads@sofia.example\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Задачата „Преглед на жалба“ е възложена на clerk2@sofia.example.", html,
            StringComparison.Ordinal);
        Assert.Equal(("clerk2@sofia.example", "Claimed"), ((string?)task["assignee"], (string?)task["state"]));
    }

    [Fact]
    public async Task A_clerk_posting_the_form_is_refused_and_the_task_stays_as_it_was()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, "clerk@sofia.example");
        var taskId = await NewTaskAsync(admin, "Преглед на молба");

        // The clerk's own token, from a page with a form they may open.
        using var response = await clerk.SubmitAsync($"/inbox/tasks/{taskId}", Reassign,
            ("taskId", taskId), ("to", "clerk@sofia.example"));
        var task = (await InboxCalls.TaskAsync(admin, taskId))["task"]!;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null((string?)task["assignee"]);
    }

    [Fact]
    public async Task Someone_outside_the_department_is_refused_beside_the_task()
    {
        using var admin = factory.CreateApiClient();
        using var supervisor = await InboxCalls.SignedInAsync(factory, "supervisor@sofia.example");
        var taskId = await NewTaskAsync(admin, "Преглед на сигнал");

        using var response = await supervisor.SubmitAsync("/inbox/department", Reassign,
            ("taskId", taskId), ("to", "roads@sofia.example"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"<p class=\"field-error\" id=\"reassign-{taskId}-error\">Изберете служител от отдела",
            html, StringComparison.Ordinal);
        Assert.Null((string?)(await InboxCalls.TaskAsync(admin, taskId))["task"]!["assignee"]);
    }

    [Fact]
    public async Task An_administrator_reassigns_from_the_page_of_any_department()
    {
        using var admin = factory.CreateApiClient();
        using var administrator = await InboxCalls.SignedInAsync(factory, "admin@sofia.example");
        var taskId = await NewTaskAsync(admin, "Преглед на искане");

        using var response = await administrator.SubmitAsync("/inbox/department?code=reception", Reassign,
            ("taskId", taskId), ("to", "clerk@sofia.example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("clerk@sofia.example",
            (string?)(await InboxCalls.TaskAsync(admin, taskId))["task"]!["assignee"]);
    }

    [Fact]
    public async Task A_post_without_its_antiforgery_token_is_refused()
    {
        using var admin = factory.CreateApiClient();
        using var supervisor = await InboxCalls.SignedInAsync(factory, "supervisor@sofia.example");
        var taskId = await NewTaskAsync(admin, "Преглед без токен");

        using var response = await supervisor.PostAsync(Reassign, new FormUrlEncodedContent(
            [new("taskId", taskId), new("to", "clerk2@sofia.example")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((string?)(await InboxCalls.TaskAsync(admin, taskId))["task"]!["assignee"]);
    }

    [Fact]
    public async Task Tasks_past_their_deadline_by_the_hosts_clock_are_marked()
    {
        using var admin = factory.CreateApiClient();
        using var supervisor = await InboxCalls.SignedInAsync(factory, "supervisor@sofia.example");

        // A month ago by the host's clock, the task was opened due in two working days: not yet late then.
        factory.Clock.Ahead = TimeSpan.FromDays(-30);
        string taskId, then;
        try
        {
            taskId = await NewTaskAsync(admin, "Преглед със срок", dueInWorkingDays: 2);
            then = await supervisor.GetStringAsync("/inbox/department");
        }
        finally
        {
            factory.Clock.Ahead = TimeSpan.Zero;
        }

        var now = await supervisor.GetStringAsync("/inbox/department");

        var row = $"<a href=\"/inbox/tasks/{taskId}\">";
        Assert.DoesNotContain("class=\"overdue\"", Row(then, row), StringComparison.Ordinal);
        Assert.Contains("class=\"overdue\"", Row(now, row), StringComparison.Ordinal);
    }

    private static async Task<string> NewTaskAsync(HttpClient admin, string title, int? dueInWorkingDays = null)
    {
        var definitionId = await admin.PublishNewAsync(
            InboxCalls.OneTask(Definitions.NewId("complaint"), "Жалби", title, dueInWorkingDays: dueInWorkingDays));
        return await InboxCalls.StartTaskAsync(admin, definitionId, "СО-" + Guid.NewGuid().ToString("N")[..8]);
    }

    /// <summary>The table row of the page that holds <paramref name="marker"/>.</summary>
    private static string Row(string html, string marker)
    {
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "The task is not on the page.");
        var start = html.LastIndexOf("<tr>", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    /// <summary>The host with a clock a test can move ahead of the real one.</summary>
    public sealed class ClockedHost : HostFactory
    {
        public MovableClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    /// <summary>The real time, moved <see cref="Ahead"/>.</summary>
    public sealed class MovableClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Ahead;
    }
}
