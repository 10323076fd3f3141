using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Municipal.Signals;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Tests.Signals;

public sealed class SqliteSignalWorkflowTests() : SignalWorkflowTests(postgres: false);

public sealed class PostgresSignalWorkflowTests() : SignalWorkflowTests(postgres: true);

/// <summary>
/// The shipped signal workflow from filing to its end, through its human tasks, on each database: review, the
/// decision with its statuses, the response letter in the outgoing register, the closures of art. 111(4), and
/// reopening.
/// </summary>
public abstract class SignalWorkflowTests(bool postgres) : IAsyncLifetime
{
    private SignalHarness? _harness;

    private SignalHarness Harness => _harness!;

    public async Task InitializeAsync() => _harness = await SignalHarness.CreateAsync(postgres);

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Submitting_registers_the_case_with_its_index_and_opens_the_review_in_its_department()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());

        var review = await Harness.TaskAsync(submitted.Case.Id);
        Assert.Equal("СОА26-ВК08-1/03.12.2026", submitted.Case.RegistrationIndex);
        Assert.Equal((CaseStatus.Received, "roads", true), (submitted.Case.Status, submitted.Case.DepartmentCode,
            submitted.WorkflowStarted));
        Assert.Equal(8, submitted.AccessCode.Length);
        Assert.Equal("Преглед на сигнал СОА26-ВК08-1/03.12.2026 (Пътна настилка и дупки)", review.Title);
        Assert.Equal(["roads"], review.CandidateGroups);
        Assert.Equal(["Приемане", "Анонимен", "Над две години", "Дубликат", "Извън компетентност"],
            review.OutcomeList());
        Assert.Equal(SignalService.WorkflowInstanceId(submitted.Case.Id), submitted.Case.WorkflowInstanceId);
        Assert.Equal(review.InstanceId, submitted.Case.WorkflowInstanceId);

        // Two months from receipt, the end of that working day in Sofia.
        var signal = (await Harness.Signals().FindAsync(submitted.Case.Id))!.Signal;
        Assert.Equal(new DateTimeOffset(2027, 2, 3, 23, 59, 59, TimeSpan.FromHours(2)),
            signal.DecisionDueAt!.Value.AddTicks(-(signal.DecisionDueAt.Value.Ticks % TimeSpan.TicksPerSecond)));
    }

    [SkippableFact]
    public async Task Accepted_scheduled_and_fixed_the_signal_gets_its_statuses_and_a_letter_in_the_outgoing_register()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        var id = submitted.Case.Id;

        await Harness.CompleteAsync(id, "Приемане", new JsonObject { ["note"] = "Приет от „Пътна инфраструктура“." });
        var resolution = await Harness.TaskAsync(id);
        await Harness.CompleteAsync(id, "Планирано действие",
            new JsonObject { ["answer"] = "Ремонтът е насрочен за 10 декември." });
        var again = await Harness.TaskAsync(id);
        Harness.Clock.Now = SignalHarness.Start.AddDays(7);
        await Harness.CompleteAsync(id, "Отстранен", new JsonObject { ["answer"] = "Дупката е запълнена с асфалт." });
        var send = await Harness.TaskAsync(id);
        await Harness.CompleteAsync(id, "Изпратен", new JsonObject { ["method"] = "email" });

        var details = (await Harness.Signals().FindAsync(id))!;
        Assert.Equal(
            [CaseStatus.Received, CaseStatus.InProgress, CaseStatus.ActionScheduled, CaseStatus.Fixed],
            details.Timeline.Select(s => s.Status));
        Assert.Equal("Дупката е запълнена с асфалт.", details.Timeline[^1].Note);
        Assert.Equal((SignalClosure.Resolved, Harness.Clock.Now), (details.Signal.Closure, details.Signal.ResolvedAt));
        Assert.Equal(resolution.DueAt, again.DueAt);
        Assert.Equal(details.Signal.DecisionDueAt, resolution.DueAt);
        Assert.StartsWith("Изпращане на отговора", send.Title, StringComparison.Ordinal);

        var letter = Assert.Single(await Harness.OutgoingAsync(id));
        Assert.Equal("СОА26-ИЗ01-1/10.12.2026", letter.RegistrationIndex);
        var document = Assert.Single(await Harness.DocumentsOfAsync(id));
        Assert.Equal(letter.DocumentId, document.Id);
        Assert.Equal("application/pdf", Assert.Single(document.Versions).MediaType);
        var pdf = await Harness.ContentAsync(document.Id);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);

        var notifications = await Harness.NotificationsAsync(id);
        var decision = Assert.Single(notifications, n => n.Kind == CitizenNotificationRecord.Decision);
        Assert.Equal((document.Id, "maria@example.bg", "maria"), (decision.DocumentId!.Value, decision.Email,
            decision.AccountId));
        Assert.Contains("СОА26-ИЗ01-1/10.12.2026", decision.TextBg, StringComparison.Ordinal);
        Assert.Equal(3, notifications.Count(n => n.Kind == CitizenNotificationRecord.Status));

        // The workflow now waits, for the reopening window, on nothing a clerk must do.
        var instance = await Harness.Runtime.LoadInstanceAsync(details.Case.WorkflowInstanceId!);
        Assert.Equal(WorkflowSubStatus.Suspended, instance!.SubStatus);
        Assert.Empty((await Harness.Get<TaskService>().ListAsync(SignalHarness.Roads,
            new TaskFilter { CaseId = id })).Items);
    }

    [SkippableFact]
    public async Task An_anonymous_signal_is_registered_and_closed_with_the_reason_of_the_law()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole() with
        {
            Anonymous = true, Name = null, Email = null, Phone = null, PostalAddress = null, OwnerAccountId = null,
        });
        var review = await Harness.TaskAsync(submitted.Case.Id);

        await Harness.CompleteAsync(submitted.Case.Id, "Анонимен");

        var details = (await Harness.Signals().FindAsync(submitted.Case.Id))!;
        Assert.Contains("анонимен", review.Description, StringComparison.Ordinal);
        Assert.Equal(("СОА26-ВК08-1/03.12.2026", SignalTexts.AnonymousSender),
            (details.Case.RegistrationIndex, details.Case.ApplicantName));
        Assert.Equal((CaseStatus.Closed, SignalClosure.Anonymous), (details.Case.Status, details.Signal.Closure));
        Assert.Contains("чл. 111, ал. 4 от Административнопроцесуалния кодекс", details.Timeline[^1].Note,
            StringComparison.Ordinal);
        Assert.Null(details.Case.ContactEmail);
        Assert.Empty(await Harness.OutgoingAsync(submitted.Case.Id));
        Assert.Empty(await Harness.NotificationsAsync(submitted.Case.Id));
        var instance = await Harness.Runtime.LoadInstanceAsync(details.Case.WorkflowInstanceId!);
        Assert.Equal(WorkflowSubStatus.Finished, instance!.SubStatus);
    }

    [SkippableFact]
    public async Task A_signal_about_events_over_two_years_old_is_closed_with_the_reason_and_answered_by_letter()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole() with
        {
            EventsOn = new DateOnly(2024, 11, 30),
        });
        var review = await Harness.TaskAsync(submitted.Case.Id);

        await Harness.CompleteAsync(submitted.Case.Id, "Над две години");

        var details = (await Harness.Signals().FindAsync(submitted.Case.Id))!;
        Assert.Contains("повече от две години", review.Description, StringComparison.Ordinal);
        Assert.Equal((CaseStatus.Closed, SignalClosure.OlderThanTwoYears),
            (details.Case.Status, details.Signal.Closure));
        Assert.Contains("преди повече от две години (чл. 111, ал. 4", details.Timeline[^1].Note,
            StringComparison.Ordinal);
        Assert.Single(await Harness.OutgoingAsync(submitted.Case.Id));
        Assert.StartsWith("Изпращане на отговора", (await Harness.TaskAsync(submitted.Case.Id)).Title,
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Events_two_years_old_to_the_day_are_still_processed()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole() with
        {
            EventsOn = new DateOnly(2024, 12, 3),
        });

        var review = await Harness.TaskAsync(submitted.Case.Id);

        Assert.DoesNotContain("две години", review.Description, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_extension_moves_the_resolution_deadline_and_tells_the_sender()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        await Harness.CompleteAsync(submitted.Case.Id, "Приемане");
        var before = await Harness.TaskAsync(submitted.Case.Id);

        await Harness.CompleteAsync(submitted.Case.Id, "Удължаване на срока", new JsonObject { ["months"] = "6" });

        var after = await Harness.TaskAsync(submitted.Case.Id);
        var signal = (await Harness.Signals().FindAsync(submitted.Case.Id))!.Signal;
        Assert.True(after.DueAt > before.DueAt!.Value.AddMonths(3));
        Assert.Equal((1, after.DueAt), (signal.Extensions, signal.DecisionDueAt));
        var extension = Assert.Single(await Harness.NotificationsAsync(submitted.Case.Id),
            n => n.Kind == CitizenNotificationRecord.Extension);
        Assert.Contains("03.06.2027", extension.TextBg, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_duplicate_is_closed_and_its_sender_follows_the_first_signal()
    {
        var first = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        var second = await Harness.Signals().SubmitAsync(SignalHarness.Pothole(42.6926, 23.3271) with
        {
            Email = "ivan@example.bg", OwnerAccountId = "ivan", SubmittedBy = "ivan",
        });

        await Harness.CompleteAsync(second.Case.Id, "Дубликат",
            new JsonObject { ["duplicateOf"] = first.Case.RegistrationIndex });
        await Harness.CompleteAsync(first.Case.Id, "Приемане");

        var duplicate = (await Harness.Signals().FindAsync(second.Case.Id))!;
        Assert.Equal((CaseStatus.Duplicate, first.Case.Id), (duplicate.Case.Status, duplicate.Signal.DuplicateOf));
        var toFollower = Assert.Single(await Harness.NotificationsAsync(first.Case.Id), n => n.ToFollower);
        Assert.Equal("ivan", toFollower.AccountId);
        Assert.Contains("In progress", toFollower.TextEn, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_fixed_signal_reopened_in_time_goes_back_to_its_department()
    {
        var submitted = await FixedAsync();

        await Harness.Signals().ReopenAsync(submitted, new SignalActor("maria", IsStaff: false),
            "Дупката се появи отново.");

        var details = (await Harness.Signals().FindAsync(submitted))!;
        var task = await Harness.TaskAsync(submitted);
        Assert.Equal(CaseStatus.Reopened, details.Case.Status);
        Assert.StartsWith("Решаване на сигнал", task.Title, StringComparison.Ordinal);
        Assert.Equal((1, (DateTimeOffset?)null), (details.Signal.Reopenings, details.Signal.ReopenRequestedAt));
    }

    [SkippableFact]
    public async Task A_reopening_asked_for_while_the_letter_is_being_sent_is_taken_once_it_is_sent()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        await Harness.CompleteAsync(submitted.Case.Id, "Приемане");
        await Harness.CompleteAsync(submitted.Case.Id, "Отстранен", new JsonObject { ["answer"] = "Готово." });

        await Harness.Signals().ReopenAsync(submitted.Case.Id, new SignalActor("clerk-1", IsStaff: true), "Не е.");
        await Harness.CompleteAsync(submitted.Case.Id, "Изпратен", new JsonObject { ["method"] = "post" });

        Assert.StartsWith("Решаване на сигнал", (await Harness.TaskAsync(submitted.Case.Id)).Title,
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_fixed_signal_cannot_be_reopened_after_its_window_nor_by_someone_else()
    {
        var submitted = await FixedAsync();

        var stranger = await Assert.ThrowsAsync<SignalNotFoundException>(() => Harness.Signals().ReopenAsync(
            submitted, new SignalActor("ivan", IsStaff: false), "Пак е счупено."));
        var noReason = await Assert.ThrowsAsync<SignalException>(() => Harness.Signals().ReopenAsync(
            submitted, new SignalActor("maria", IsStaff: false), " "));
        Harness.Clock.Now = Harness.Clock.Now.AddDays(31);
        var late = await Assert.ThrowsAsync<SignalException>(() => Harness.Signals().ReopenAsync(
            submitted, new SignalActor("maria", IsStaff: false), "Пак е счупено."));

        Assert.NotNull(stranger);
        Assert.Contains("Опишете", noReason.Bulgarian, StringComparison.Ordinal);
        Assert.Contains("30 дни", late.Bulgarian, StringComparison.Ordinal);
        Assert.Contains("within 30 days", late.English, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Fixed, (await Harness.CaseAsync(submitted)).Status);
    }

    [SkippableFact]
    public async Task The_shipped_workflow_is_published_once_and_not_again_while_current()
    {
        var again = await Harness.Get<SignalWorkflow>().LoadAsync();

        var versions = await Harness.Runtime.Definitions.VersionsAsync(SignalWorkflow.DefinitionId);
        Assert.False(again);
        Assert.Single(versions, v => v.IsPublished);
    }

    private async Task<Guid> FixedAsync()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        await Harness.CompleteAsync(submitted.Case.Id, "Приемане");
        await Harness.CompleteAsync(submitted.Case.Id, "Отстранен", new JsonObject { ["answer"] = "Готово." });
        await Harness.CompleteAsync(submitted.Case.Id, "Изпратен", new JsonObject { ["method"] = "post" });
        await using var db = Harness.Context();
        Assert.Equal(CaseStatus.Fixed, (await db.Cases.SingleAsync(c => c.Id == submitted.Case.Id)).Status);
        return submitted.Case.Id;
    }
}
