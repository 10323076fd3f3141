using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Tasks;

/// <summary>Two human tasks through the host: the inbox API of the clerks who work them.</summary>
public sealed class TaskApiTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Two_tasks_run_end_to_end_through_the_right_inboxes()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await SignedInAsync("clerk@sofia.example");
        using var roads = await SignedInAsync("roads@sofia.example");
        using var supervisor = await SignedInAsync("supervisor@sofia.example");
        var definitionId = await admin.PublishNewAsync(TaskFlows.ReviewAndSign(Definitions.NewId("review")));
        var instanceId = await TaskFlows.StartAsync(admin, definitionId, "СО-E2E");

        var review = await TaskFlows.FindAsync(clerk, "groups=true", instanceId);
        var unseen = await TaskFlows.FindAsync(roads, "groups=true", instanceId);
        var reviewId = (string)review!["id"]!;
        TaskFlows.Ok(await clerk.PostAsync($"/api/tasks/{reviewId}/claim", null));
        using var missingNote = await TaskFlows.CompleteAsync(clerk, reviewId, "approve", []);
        TaskFlows.Ok(await TaskFlows.CompleteAsync(clerk, reviewId, "approve",
            new JsonObject { ["note"] = "Документите са пълни" }));
        var sign = await TaskFlows.FindAsync(supervisor, "mine=true", instanceId);
        TaskFlows.Ok(await TaskFlows.CompleteAsync(supervisor, (string)sign!["id"]!, "signed", null));
        var instance = await admin.GetInstanceAsync(instanceId);
        var details = await clerk.GetFromJsonAsync<JsonObject>($"/api/tasks/{reviewId}");

        Assert.Equal("Преглед на СО-E2E", (string?)review["title"]);
        Assert.NotNull(review["dueAt"]);
        Assert.Null(unseen);
        Assert.Equal(HttpStatusCode.BadRequest, missingNote.StatusCode);
        Assert.Contains("note", await missingNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Подпис на решението", (string?)sign["title"]);
        Assert.Equal("Finished", (string?)instance["subStatus"]);
        Assert.Equal("Completed", (string?)details!["task"]!["state"]);
        Assert.Equal("approve", (string?)details["task"]!["outcome"]);
        Assert.Equal(["opened", "claimed", "completed"],
            details["history"]!.AsArray().Select(h => (string)h!["action"]!));
    }

    [Fact]
    public async Task Two_clerks_claiming_at_once_one_wins_and_the_other_is_told_who_has_it()
    {
        using var admin = factory.CreateApiClient();
        using var first = await SignedInAsync("clerk@sofia.example");
        using var second = await SignedInAsync("clerk2@sofia.example");
        var definitionId = await admin.PublishNewAsync(TaskFlows.ReviewAndSign(Definitions.NewId("race")));
        var instanceId = await TaskFlows.StartAsync(admin, definitionId, "СО-RACE");
        var taskId = (string)(await TaskFlows.FindAsync(first, "groups=true", instanceId))!["id"]!;

        var claims = await Task.WhenAll(
            first.PostAsync($"/api/tasks/{taskId}/claim", null),
            second.PostAsync($"/api/tasks/{taskId}/claim", null));

        Assert.Equal(1, claims.Count(c => c.StatusCode == HttpStatusCode.NoContent));
        var loser = Assert.Single(claims, c => c.StatusCode == HttpStatusCode.Conflict);
        var problem = await loser.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("@sofia.example", (string?)problem!["detail"], StringComparison.Ordinal);
        Assert.Contains("поета", (string?)problem["detail"], StringComparison.Ordinal);
        foreach (var claim in claims)
        {
            claim.Dispose();
        }
    }

    [Fact]
    public async Task A_task_is_delegated_only_to_staff_and_reassigned_only_within_its_department()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await SignedInAsync("clerk@sofia.example");
        using var supervisor = await SignedInAsync("supervisor@sofia.example");
        var definitionId = await admin.PublishNewAsync(TaskFlows.ReviewAndSign(Definitions.NewId("recipient")));
        var instanceId = await TaskFlows.StartAsync(admin, definitionId, "СО-КОЛЕГА");
        var taskId = (string)(await TaskFlows.FindAsync(clerk, "groups=true", instanceId))!["id"]!;
        (await clerk.PostAsync($"/api/tasks/{taskId}/claim", null)).Dispose();

        using var toCitizen = await clerk.PostAsJsonAsync($"/api/tasks/{taskId}/delegate",
            new { to = "citizen@sofia.example" });
        using var toRoads = await supervisor.PostAsJsonAsync($"/api/tasks/{taskId}/reassign",
            new { to = "roads@sofia.example" });
        using var toColleague = await supervisor.PostAsJsonAsync($"/api/tasks/{taskId}/reassign",
            new { to = "clerk2@sofia.example" });

        foreach (var (refused, says) in new[] { (toCitizen, "Няма служител"), (toRoads, "roads") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Contains(says, (string?)problem!["errors"]!["to"], StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NoContent, toColleague.StatusCode);
    }

    [Fact]
    public async Task A_task_with_a_deadline_has_its_reminder_and_escalation_scheduled_in_Hangfire()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await SignedInAsync("clerk@sofia.example");
        var definitionId = await admin.PublishNewAsync(TaskFlows.ReviewAndSign(Definitions.NewId("deadline")));
        var instanceId = await TaskFlows.StartAsync(admin, definitionId, "СО-СРОК");
        var task = (await TaskFlows.FindAsync(clerk, "groups=true", instanceId))!;
        var taskId = (string)task["id"]!;

        var scheduled = factory.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi()
            .ScheduledJobs(0, 1000)
            .Where(j => j.Value.Job.Args.Contains(taskId))
            .ToList();

        var remind = Assert.Single(scheduled, j => j.Value.Job.Method.Name == "RemindAsync").Value;
        var escalate = Assert.Single(scheduled, j => j.Value.Job.Method.Name == "EscalateAsync").Value;
        Assert.Equal(DateTimeOffset.Parse((string)task["dueAt"]!, System.Globalization.CultureInfo.InvariantCulture)
            .UtcDateTime, escalate.EnqueueAt, TimeSpan.FromSeconds(1));
        Assert.True(remind.EnqueueAt < escalate.EnqueueAt);
    }

    [Fact]
    public async Task The_hosts_Hangfire_server_reminds_the_owner_and_escalates_to_the_supervisor_when_due()
    {
        // A working day lasts three seconds: the reminder is due three seconds after the task opens, the deadline
        // six; Hangfire keeps whole seconds, so it may fire either up to a second early.
        await using var host = new HostFactory(new Dictionary<string, string?>
        {
            ["Hangfire:SchedulePollingInterval"] = "00:00:00.200",
        })
        {
            TestServices = s => s.AddSingleton<IWorkingCalendar>(new SecondsCalendar(TimeSpan.FromSeconds(3))),
        };
        using var admin = host.CreateApiClient();
        var definitionId = await admin.PublishNewAsync(TaskFlows.WithDeadline(Definitions.NewId("hangfire")));
        var instanceId = await TaskFlows.StartAsync(admin, definitionId, "СО-НАПОМНЯНЕ");
        var task = (await TaskFlows.FindAsync(admin, "closed=false", instanceId))!;
        var taskId = (string)task["id"]!;

        var history = await WaitForHistoryAsync(admin, taskId, ["reminded", "escalated"], TimeSpan.FromSeconds(30));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MunicipalDbContext>();
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.TaskId == taskId)
            .OrderBy(n => n.Id).Select(n => new { n.Kind, n.Recipient }).ToListAsync();
        Assert.Equal(["opened", "reminded", "escalated"], history.Select(h => (string)h!["action"]!));
        Assert.Equal("clerk@sofia.example", (string?)history[1]!["detail"]);
        Assert.Equal("supervisor@sofia.example", (string?)history[2]!["detail"]);
        Assert.All(history.Skip(1), h => Assert.Equal("system", (string?)h!["actor"]));
        Assert.Equal([new { Kind = "reminder", Recipient = "clerk@sofia.example" },
            new { Kind = "escalation", Recipient = "supervisor@sofia.example" }], notifications);
        Assert.True(DateTimeOffset.Parse((string)history[2]!["at"]!, CultureInfo.InvariantCulture)
            >= DateTimeOffset.Parse((string)task["dueAt"]!, CultureInfo.InvariantCulture) - TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task A_citizen_cannot_reach_the_task_API()
    {
        using var citizen = await SignedInAsync("citizen@sofia.example");

        using var response = await citizen.GetAsync("/api/tasks");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The task's history once it holds every action named, polled; fails after the timeout.</summary>
    private static async Task<JsonArray> WaitForHistoryAsync(HttpClient client, string taskId, string[] actions,
        TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var details = await client.GetOkAsync($"/api/tasks/{taskId}");
            var history = details["history"]!.AsArray();
            var done = history.Select(h => (string?)h!["action"]).ToHashSet();
            if (actions.All(done.Contains))
            {
                return history;
            }

            Assert.True(DateTime.UtcNow < deadline, $"After {timeout} the history is {history.ToJsonString()}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>A calendar whose working day lasts <paramref name="day"/>, every day of the week.</summary>
    private sealed class SecondsCalendar(TimeSpan day) : IWorkingCalendar
    {
        public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days) => from + days * day;
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email, DemoAccounts.Password);
        return client;
    }
}
