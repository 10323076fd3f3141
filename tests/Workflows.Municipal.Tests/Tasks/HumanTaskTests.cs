using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Municipal.Tasks;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Tests.Tasks;

public sealed class SqliteHumanTaskTests() : HumanTaskTests(postgres: false);

public sealed class PostgresHumanTaskTests() : HumanTaskTests(postgres: true);

/// <summary>
/// Human tasks from a real runtime to the clerks' inbox and back, on each database: the workflow opens and closes
/// them, clerks claim, delegate and complete them, and the deadlines remind and escalate.
/// </summary>
public abstract class HumanTaskTests(bool postgres) : TaskHarnessTests(postgres)
{
    private const string Reception = "Приемна";
    private const string AddressNote = "Проверете адреса.";

    private static readonly TaskActor ClerkA = new("clerk-a", [Reception], false, false);
    private static readonly TaskActor ClerkB = new("clerk-b", [Reception], false, false);
    private static readonly TaskActor Architect = new("clerk-x", ["Архитектура"], false, false);
    private static readonly TaskActor Head = new("head-1", ["Ръководство"], false, false);
    private static readonly TaskActor Boss = new("boss-1", [Reception], true, false);

    private static readonly TaskFilter Groups = new() { MyGroups = true };
    private static readonly TaskFilter Mine = new() { Mine = true };

    [SkippableFact]
    public async Task A_group_task_is_listed_for_its_department_and_not_for_another()
    {
        var (_, review) = await StartReviewAsync();

        var reception = await Harness.Service().ListAsync(ClerkA, Groups);
        var architecture = await Harness.Service().ListAsync(Architect, new TaskFilter());

        var listed = Assert.Single(reception.Items);
        Assert.Equal((review.Id, "Преглед на сигнал СО-7", TaskState.Open, "High"),
            (listed.Id, listed.Title, listed.State, listed.Priority));
        Assert.Equal([Reception], listed.CandidateGroups);
        Assert.Equal(["approve", "reject"], listed.OutcomeList());
        Assert.Equal(5, listed.FormFields().Count);
        Assert.Equal(0, architecture.Total);
        Assert.Empty(architecture.Items);
    }

    [SkippableFact]
    public async Task My_groups_holds_a_task_while_it_is_unclaimed_and_mine_holds_it_while_it_is_claimed()
    {
        var (_, review) = await StartReviewAsync();

        await Harness.Service().ClaimAsync(ClerkA, review.Id);
        var whileClaimed = (await Harness.Service().ListAsync(ClerkB, Groups)).Total;
        var ownersTab = (await Harness.Service().ListAsync(ClerkA, Mine)).Total;
        var bothTabs = (await Harness.Service().ListAsync(ClerkA, new TaskFilter { Mine = true, MyGroups = true }))
            .Total;
        await Harness.Service().ReleaseAsync(ClerkA, review.Id);
        var released = await Harness.Service().ListAsync(ClerkB, Groups);
        await Harness.Service().ClaimAsync(ClerkB, review.Id);
        await Harness.Service().CompleteAsync(ClerkB, review.Id, "approve", Valid(), []);
        var closed = await Harness.Service().ListAsync(ClerkA, new TaskFilter { MyGroups = true, IncludeClosed = true });

        Assert.Equal((0, 1, 1), (whileClaimed, ownersTab, bothTabs));
        Assert.Equal(review.Id, Assert.Single(released.Items).Id);
        Assert.Equal(0, closed.Total);
    }

    [SkippableFact]
    public async Task The_inbox_searches_title_and_description_ignoring_case_in_Cyrillic()
    {
        var (_, review) = await StartReviewAsync();

        var byDescription = await Harness.Service().ListAsync(ClerkA, new TaskFilter { Text = "пълнотата" });
        var byTitle = await Harness.Service().ListAsync(ClerkA, new TaskFilter { Text = "ПРЕГЛЕД" });
        var none = await Harness.Service().ListAsync(ClerkA, new TaskFilter { Text = "разрешение" });

        Assert.Equal(review.Id, Assert.Single(byDescription.Items).Id);
        Assert.Equal(review.Id, Assert.Single(byTitle.Items).Id);
        Assert.Empty(none.Items);
    }

    [SkippableFact]
    public async Task Claimed_and_completed_the_workflow_follows_the_outcome_and_the_next_task_reaches_its_assignee()
    {
        var (instanceId, review) = await StartReviewAsync();

        var claimed = await Harness.Service().ClaimAsync(ClerkA, review.Id);
        var completed = await Harness.Service().CompleteAsync(ClerkA, review.Id, "approve", Valid(), []);
        var mine = await Harness.Service().ListAsync(Head, Mine);
        var sign = Assert.Single(mine.Items);
        await Harness.Service().CompleteAsync(Head, sign.Id, "signed", null, []);

        Assert.Equal((TaskState.Claimed, "clerk-a"), (claimed.State, claimed.Assignee));
        Assert.Equal((TaskState.Completed, "approve", "clerk-a"),
            (completed.State, completed.Outcome, completed.CompletedBy));
        Assert.Equal(5m, JsonNode.Parse(completed.FormData!)!["amount"]!.GetValue<decimal>());
        Assert.Equal(("Подпис", TaskState.Claimed, instanceId), (sign.Title, sign.State, sign.InstanceId));
        Assert.Equal(["signed"], Harness.Lines);
        Assert.Empty((await Harness.Service().ListAsync(ClerkA, new TaskFilter())).Items);
    }

    [SkippableFact]
    public async Task Rejecting_follows_the_reject_port()
    {
        var (_, review) = await StartReviewAsync();
        await Harness.Service().ClaimAsync(ClerkA, review.Id);

        await Harness.Service().CompleteAsync(ClerkA, review.Id, "reject", Valid(), []);

        Assert.Equal(["rejected"], Harness.Lines);
        Assert.Empty((await Harness.Service().ListAsync(Head, Mine)).Items);
    }

    [SkippableFact]
    public async Task Two_clerks_claiming_at_once_one_wins_and_the_other_is_told_who_holds_it()
    {
        var (_, review) = await StartReviewAsync();
        var first = Harness.Service();
        var second = Harness.Service();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var claims = new[] { (ClerkA, first), (ClerkB, second) }.Select(c => Task.Run(async () =>
        {
            await gate.Task;
            try
            {
                return (c.Item1.UserName, Won: true, Error: (TaskConflictException?)null,
                    Task: await c.Item2.ClaimAsync(c.Item1, review.Id));
            }
            catch (TaskConflictException e)
            {
                return (c.Item1.UserName, Won: false, Error: e, Task: (TaskRecord?)null);
            }
        })).ToList();
        gate.SetResult();
        var results = await Task.WhenAll(claims);

        var winner = Assert.Single(results, r => r.Won);
        var loser = Assert.Single(results, r => !r.Won);
        Assert.Equal(winner.UserName, loser.Error!.HeldBy);
        Assert.Equal($"Задачата вече е поета от {winner.UserName}.", loser.Error.MessageFor(null));
        Assert.Equal($"The task has already been claimed by {winner.UserName}.",
            loser.Error.MessageFor(CultureInfo.GetCultureInfo("en-GB")));
        var stored = (await Harness.Service().GetAsync(ClerkA, review.Id)).Task;
        Assert.Equal(winner.UserName, stored.Assignee);
        var claimsAudited = (await Harness.Service().GetAsync(ClerkA, review.Id)).History
            .Count(h => h.Action == TaskActions.Claimed);
        Assert.Equal(1, claimsAudited);
    }

    [SkippableFact]
    public async Task A_claim_made_on_a_stale_read_saves_nothing_and_names_who_claimed_first()
    {
        var (_, review) = await StartReviewAsync();
        var late = Harness.Context();
        _ = await late.Tasks.SingleAsync(t => t.Id == review.Id);

        await Harness.Service().ClaimAsync(ClerkA, review.Id);
        var error = await Assert.ThrowsAsync<TaskConflictException>(
            () => Harness.Service(late).ClaimAsync(ClerkB, review.Id));

        Assert.Equal("clerk-a", error.HeldBy);
        var details = await Harness.Service().GetAsync(ClerkA, review.Id);
        Assert.Equal(("clerk-a", 1), (details.Task.Assignee, details.Task.Version));
        Assert.Equal(["opened", "claimed"], details.History.Select(h => h.Action));
    }

    [SkippableFact]
    public async Task A_delegated_task_goes_back_to_its_owner_who_completes_it()
    {
        var (_, review) = await StartReviewAsync();
        await Harness.Service().ClaimAsync(ClerkA, review.Id);

        var delegated = await Harness.Service().DelegateAsync(ClerkA, review.Id, "clerk-b", AddressNote);
        var ownerWhileDelegated = await Assert.ThrowsAsync<TaskConflictException>(
            () => Harness.Service().CompleteAsync(ClerkA, review.Id, "approve", Valid(), []));
        var delegateCompleting = await Assert.ThrowsAsync<TaskForbiddenException>(
            () => Harness.Service().CompleteAsync(ClerkB, review.Id, "approve", Valid(), []));
        var delegatesInbox = await Harness.Service().ListAsync(ClerkB, Mine);
        var resolved = await Harness.Service().ResolveAsync(ClerkB, review.Id, "Адресът е верен.");
        var completed = await Harness.Service().CompleteAsync(ClerkA, review.Id, "approve", Valid(), []);

        Assert.Equal(("clerk-a", "clerk-b"), (delegated.Assignee, delegated.DelegatedTo));
        Assert.Equal("clerk-b", ownerWhileDelegated.HeldBy);
        Assert.Contains("върнете я", delegateCompleting.Bulgarian, StringComparison.Ordinal);
        Assert.Equal(review.Id, Assert.Single(delegatesInbox.Items).Id);
        Assert.Equal(("clerk-a", null), (resolved.Assignee, resolved.DelegatedTo));
        Assert.Equal((TaskState.Completed, "clerk-a"), (completed.State, completed.CompletedBy));
        var toDelegate = Assert.Single(await Harness.Service().NotificationsAsync(ClerkB, unreadOnly: true));
        Assert.Equal(NotificationRecord.Delegated, toDelegate.Kind);
        Assert.Contains(AddressNote, toDelegate.TextBg, StringComparison.Ordinal);
        var toOwner = Assert.Single(await Harness.Service().NotificationsAsync(ClerkA, unreadOnly: true));
        Assert.Equal(NotificationRecord.Resolved, toOwner.Kind);
    }

    [SkippableFact]
    public async Task Completing_with_a_bad_form_names_every_bad_field_and_resumes_nothing()
    {
        var (_, review) = await StartReviewAsync();
        await Harness.Service().ClaimAsync(ClerkA, review.Id);
        var data = new JsonObject
        {
            ["amount"] = 500,
            ["decided"] = "2025-12-31",
            ["kind"] = "painting",
            ["code"] = "abc-1",
            ["urgent"] = "maybe",
        };

        var error = await Assert.ThrowsAsync<TaskFormException>(
            () => Harness.Service().CompleteAsync(ClerkA, review.Id, "approve", data, []));
        var missing = await Assert.ThrowsAsync<TaskFormException>(
            () => Harness.Service().CompleteAsync(ClerkA, review.Id, "maybe", [], []));

        Assert.Equal(["amount", "code", "decided", "kind", "urgent"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("„Сума“ не може да е повече от 100.", error.Errors["amount"].Bulgarian);
        Assert.Equal("“Сума” must be at most 100.", error.Errors["amount"].English);
        Assert.Equal("Изберете една от възможностите за „Вид“.",
            error.Errors["kind"].Bulgarian);
        Assert.Equal(["amount", TaskFormException.OutcomeField], missing.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Попълнете „Сума“.", missing.Errors["amount"].Bulgarian);
        Assert.Equal(TaskState.Claimed, (await Harness.Service().GetAsync(ClerkA, review.Id)).Task.State);
        Assert.Empty(Harness.Lines);
    }

    [SkippableFact]
    public async Task A_clerk_of_another_department_cannot_tell_the_task_exists()
    {
        var (_, review) = await StartReviewAsync();

        var get = await Assert.ThrowsAsync<TaskNotFoundException>(
            () => Harness.Service().GetAsync(Architect, review.Id));
        var claim = await Assert.ThrowsAsync<TaskNotFoundException>(
            () => Harness.Service().ClaimAsync(Architect, review.Id));
        var none = await Assert.ThrowsAsync<TaskNotFoundException>(() => Harness.Service().GetAsync(Architect, "x"));

        Assert.Equal(none.Bulgarian, get.Bulgarian);
        Assert.Equal(none.English, claim.English);
    }

    [SkippableFact]
    public async Task The_audit_log_has_every_step_in_order_with_its_actor_and_case()
    {
        var caseId = Guid.NewGuid();
        var (_, review) = await StartReviewAsync(caseId.ToString());

        await Harness.Service().ClaimAsync(ClerkA, review.Id);
        await Harness.Service().ReleaseAsync(ClerkA, review.Id);
        await Harness.Service().ClaimAsync(ClerkB, review.Id);
        await Harness.Service().CommentAsync(ClerkB, review.Id, "Липсва скица.");
        await Harness.Service().DelegateAsync(ClerkB, review.Id, "clerk-a", null);
        await Harness.Service().ResolveAsync(ClerkA, review.Id, "Скицата е получена.");
        await Harness.Service().ReassignAsync(Boss, review.Id, "clerk-a");
        await Harness.Service().CompleteAsync(ClerkA, review.Id, "reject", Valid(), []);
        var details = await Harness.Service().GetAsync(ClerkA, review.Id);

        Assert.Equal(
            [
                ("system", "opened"), ("clerk-a", "claimed"), ("clerk-a", "released"), ("clerk-b", "claimed"),
                ("clerk-b", "commented"), ("clerk-b", "delegated"), ("clerk-a", "resolved"),
                ("boss-1", "reassigned"), ("clerk-a", "completed"),
            ],
            details.History.Select(h => (h.Actor, h.Action)));
        Assert.All(details.History, h => Assert.Equal(caseId, h.CaseId));
        Assert.Equal(caseId, details.Task.CaseId);
        Assert.Equal("reject", details.History[^1].Detail);
        Assert.Equal("clerk-b → clerk-a", details.History[^2].Detail);
        Assert.Equal("Липсва скица.", Assert.Single(details.Comments).Text);
    }

    [SkippableFact]
    public async Task A_task_goes_only_to_staff_and_a_new_owner_only_from_its_departments()
    {
        var (_, review) = await StartReviewAsync();
        Harness.Directory.Staff["clerk-a"] = new StaffMember("clerk-a", Reception, false);
        Harness.Directory.Staff["clerk-x"] = new StaffMember("clerk-x", "Архитектура", false);
        Harness.Directory.Staff["admin-1"] = new StaffMember("admin-1", null, true);
        var service = Harness.ServiceCheckingStaff();
        await service.ClaimAsync(ClerkB, review.Id);

        var citizen = await Assert.ThrowsAsync<TaskFormException>(
            () => service.DelegateAsync(ClerkB, review.Id, "maria@example.bg", null));
        var outsider = await Assert.ThrowsAsync<TaskFormException>(
            () => service.ReassignAsync(Boss, review.Id, "clerk-x"));
        var delegatedTo = (await service.DelegateAsync(ClerkB, review.Id, "clerk-x", null)).DelegatedTo;
        var reassigned = await service.ReassignAsync(Boss, review.Id, "admin-1");

        Assert.Contains("Няма служител", citizen.Errors[TaskFormException.RecipientField].Bulgarian,
            StringComparison.Ordinal);
        Assert.Contains("Архитектура", outsider.Errors[TaskFormException.RecipientField].Bulgarian,
            StringComparison.Ordinal);
        Assert.Equal("clerk-x", delegatedTo);
        Assert.Equal("admin-1", reassigned.Assignee);
    }

    [SkippableFact]
    public async Task Only_a_supervisor_of_its_department_reassigns_a_task_and_sees_the_department_load()
    {
        var (_, review) = await StartReviewAsync();
        Harness.Clock.Now = TaskHarness.Start.AddDays(1);

        var refused = await Assert.ThrowsAsync<TaskForbiddenException>(
            () => Harness.Service().ReassignAsync(ClerkB, review.Id, "clerk-b"));
        var reassigned = await Harness.Service().ReassignAsync(Boss, review.Id, "clerk-b");
        var load = await Harness.Service().DepartmentLoadAsync(Boss, Reception);
        var notSupervised = await Assert.ThrowsAsync<TaskForbiddenException>(
            () => Harness.Service().DepartmentLoadAsync(Boss, "Архитектура"));

        Assert.Contains("ръководител", refused.Bulgarian, StringComparison.Ordinal);
        Assert.Equal(("clerk-b", TaskState.Claimed), (reassigned.Assignee, reassigned.State));
        Assert.Equal(review.Id, Assert.Single(load.Tasks).Id);
        Assert.Equal((0, 0), (load.Unclaimed, load.PastDue));
        Assert.Equal(new AssigneeLoad("clerk-b", 1, 0), Assert.Single(load.ByAssignee));
        Assert.Contains("Архитектура", notSupervised.Bulgarian, StringComparison.Ordinal);
        Assert.Equal(NotificationRecord.Reassigned,
            Assert.Single(await Harness.Service().NotificationsAsync(ClerkB, unreadOnly: true)).Kind);
    }

    [SkippableFact]
    public async Task The_deadline_closes_the_task_as_overdue_and_the_workflow_follows_Overdue()
    {
        await StartHarnessAsync();
        var definitionId = await Harness.PublishAsync(TaskWorkflows.WithDeadline("answer-late", overduePort: true));
        var started = await Harness.Runtime.ExecuteAsync(definitionId, new StartRequest());
        var task = Assert.Single((await Harness.Service().ListAsync(ClerkA, Groups)).Items);
        var timer = Assert.Single(started.Instance.Bookmarks, b => b.ResumeAt is not null);
        Harness.Clock.Now = timer.ResumeAt!.Value;

        await Harness.Runtime.ResumeAsync(started.Instance.Id, timer.Id);
        var closed = await Harness.Service().GetAsync(ClerkA, task.Id);
        var late = await Assert.ThrowsAsync<TaskConflictException>(
            () => Harness.Service().ClaimAsync(ClerkA, task.Id));

        // SQLite keeps times to the millisecond; the deadline is the last tick of the day.
        Assert.InRange((timer.ResumeAt.Value - task.DueAt!.Value).Duration(), TimeSpan.Zero,
            TimeSpan.FromMilliseconds(1));
        Assert.Equal((TaskState.Overdue, "Overdue"), (closed.Task.State, closed.Task.Outcome));
        Assert.Equal(["opened", "overdue"], closed.History.Select(h => h.Action));
        Assert.Equal(["overdue"], Harness.Lines);
        Assert.Contains("приключена", late.Bulgarian, StringComparison.Ordinal);
        Assert.Equal(task.Id,
            Assert.Single((await Harness.Service().ListAsync(ClerkA, new TaskFilter
            {
                Overdue = true,
                IncludeClosed = true,
            })).Items).Id);
    }

    [SkippableFact]
    public async Task Reminder_and_escalation_write_audit_and_notifications_only_while_the_task_is_open()
    {
        await StartHarnessAsync();
        Harness.Directory.Supervisors[Reception] = ["boss-1", "boss-2"];
        var definitionId = await Harness.PublishAsync(TaskWorkflows.WithDeadline("answer", overduePort: false));
        await Harness.Runtime.ExecuteAsync(definitionId, new StartRequest());
        var task = Assert.Single(Harness.Deadlines.Scheduled);

        var remindedUnclaimed = await Harness.Jobs().RemindAsync(task.Id);
        var earlyEscalation = await Harness.Jobs().EscalateAsync(task.Id);
        await Harness.Service().ClaimAsync(ClerkA, task.Id);
        var remindedOwner = await Harness.Jobs().RemindAsync(task.Id);
        Harness.Clock.Now = task.DueAt!.Value.AddMinutes(1);
        var pastDue = await Harness.Service().ListAsync(ClerkA, new TaskFilter { Overdue = true });
        var escalated = await Harness.Jobs().EscalateAsync(task.Id);
        await Harness.Service().CompleteAsync(ClerkA, task.Id, "answered", null, []);
        var remindedClosed = await Harness.Jobs().RemindAsync(task.Id);
        var escalatedClosed = await Harness.Jobs().EscalateAsync(task.Id);

        Assert.NotNull(task.RemindAt);
        Assert.True(task.EscalateAtDue);
        Assert.Equal((true, false, true, true, false, false),
            (remindedUnclaimed, earlyEscalation, remindedOwner, escalated, remindedClosed, escalatedClosed));
        Assert.Equal(task.Id, Assert.Single(pastDue.Items).Id);
        Assert.Equal(["opened", "reminded", "claimed", "reminded", "escalated", "completed"],
            (await Harness.Service().GetAsync(ClerkA, task.Id)).History.Select(h => h.Action));
        var reminder = Assert.Single(await Harness.Service().NotificationsAsync(ClerkA, unreadOnly: false));
        Assert.Equal(NotificationRecord.Reminder, reminder.Kind);
        Assert.Contains("Отговор на сигнал", reminder.TextBg, StringComparison.Ordinal);
        foreach (var boss in new[] { "boss-1", "boss-2" })
        {
            var actor = new TaskActor(boss, [Reception], true, false);
            var escalation = Assert.Single(await Harness.Service().NotificationsAsync(actor, unreadOnly: true));
            Assert.Equal(NotificationRecord.Escalation, escalation.Kind);
        }
    }

    /// <summary>Starts the review workflow for a correlation id; answers with its instance and its first task.
    /// </summary>
    private async Task<(string InstanceId, TaskRecord Review)> StartReviewAsync(string correlationId = "СО-7")
    {
        await StartHarnessAsync();
        var definitionId = await Harness.PublishAsync(TaskWorkflows.ReviewAndSign("review-and-sign"));
        var started = await Harness.Runtime.ExecuteAsync(definitionId,
            new StartRequest { CorrelationId = correlationId });
        var review = Assert.Single((await Harness.Service().ListAsync(ClerkA, new TaskFilter())).Items);
        return (started.Instance.Id, review);
    }

    private static JsonObject Valid() => new() { ["amount"] = "5", ["decided"] = "2026-12-03", ["urgent"] = "on" };
}
