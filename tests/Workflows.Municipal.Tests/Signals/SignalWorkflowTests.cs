using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Calendar;
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
    public async Task With_a_timestamp_authority_the_signed_letter_carries_its_timestamp()
    {
        using var tsaCertificate = OpenSslTimestampAuthority.SelfSignedCertificate();
        using var authority = new OpenSslTimestampAuthority(tsaCertificate);
        var folder = Directory.CreateTempSubdirectory("letters-").FullName;
        try
        {
            using var municipality = MunicipalCertificate();
            var pkcs12 = Path.Combine(folder, "signing.p12");
            await File.WriteAllBytesAsync(pkcs12, municipality.Export(X509ContentType.Pkcs12, "парола"));
            var options = new SignalOptions();
            (options.Letter.CertificatePath, options.Letter.CertificatePassword) = (pkcs12, "парола");
            await using var harness = await SignalHarness.CreateAsync(postgres, options, authority);
            var submitted = await harness.Signals().SubmitAsync(SignalHarness.Pothole() with
            {
                EventsOn = new DateOnly(2024, 11, 30),
            });

            await harness.CompleteAsync(submitted.Case.Id, "Над две години");

            var letter = Assert.Single(await harness.DocumentsOfAsync(submitted.Case.Id));
            var result = new SignatureVerifier(TrustAnchors.Of(municipality, tsaCertificate))
                .VerifyPdf(await harness.ContentAsync(letter.Id));
            Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
            Assert.NotNull(result.Timestamp);
            Assert.Equal(1, authority.Replies);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
        await Harness.DecideExtensionAsync(submitted.Case.Id);

        var after = await Harness.TaskAsync(submitted.Case.Id);
        var signal = (await Harness.Signals().FindAsync(submitted.Case.Id))!.Signal;
        Assert.True(after.DueAt > before.DueAt!.Value.AddMonths(3));
        Assert.Equal((1, after.DueAt), (signal.Extensions, signal.DecisionDueAt));
        var extension = Assert.Single(await Harness.NotificationsAsync(submitted.Case.Id),
            n => n.Kind == CitizenNotificationRecord.Extension);
        Assert.Contains("03.06.2027", extension.TextBg, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_extension_is_the_supervisors_to_decide_and_a_refusal_keeps_the_deadline()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        var id = submitted.Case.Id;
        await Harness.CompleteAsync(id, "Приемане");
        var before = (await Harness.Signals().FindAsync(id))!.Signal.DecisionDueAt;

        await Harness.CompleteAsync(id, "Удължаване на срока", new JsonObject { ["months"] = "5" });
        var asked = await Harness.TaskAsync(id, SignalHarness.RoadsBoss);
        var clerkSees = await Harness.Get<TaskService>().ListAsync(SignalHarness.Roads, new TaskFilter { CaseId = id });
        await Harness.DecideExtensionAsync(id, approve: false);
        var after = (await Harness.Signals().FindAsync(id))!.Signal;
        var resolution = await Harness.TaskAsync(id);

        Assert.Equal(["roads-boss"], asked.CandidateUsers);
        Assert.Empty(asked.CandidateGroups);
        Assert.Contains("5 месеца", asked.Description, StringComparison.Ordinal);
        Assert.Empty(clerkSees.Items);
        Assert.Equal((0, before), (after.Extensions, after.DecisionDueAt));
        Assert.StartsWith("Решаване", resolution.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(await Harness.NotificationsAsync(id), n => n.Kind == CitizenNotificationRecord.Extension);
    }

    [SkippableFact]
    public async Task Asking_for_twelve_months_is_refused_by_the_form_and_capped_at_six_by_the_workflow()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        var id = submitted.Case.Id;
        await Harness.CompleteAsync(id, "Приемане");
        var resolution = await Harness.TaskAsync(id);

        // A clerk in the inbox is told to change the months; the task stays open and the deadline as it was.
        var refused = await Assert.ThrowsAsync<TaskFormException>(() => Harness.CompleteAsync(id,
            "Удължаване на срока", new JsonObject { ["months"] = "12" }));
        var unchanged = (await Harness.Signals().FindAsync(id))!.Signal;

        // A completion that bypasses the form (an administrator's workflow without its limits) is capped.
        await Harness.Runtime.CompleteHumanTaskAsync(resolution.Id, "Удължаване на срока",
            new JsonObject { ["months"] = 12 }, SignalHarness.Roads.UserName);
        await Harness.DecideExtensionAsync(id);
        var capped = (await Harness.Signals().FindAsync(id))!.Signal;

        Assert.True(refused.Errors.ContainsKey("months"));
        Assert.Equal((0, resolution.DueAt), (unchanged.Extensions, unchanged.DecisionDueAt));
        Assert.Equal(1, capped.Extensions);
        Assert.Equal(new DateOnly(2027, 6, 3), SofiaDay(capped.DecisionDueAt!.Value));
        Assert.Equal(capped.DecisionDueAt, (await Harness.TaskAsync(id)).DueAt);
    }

    [SkippableFact]
    public async Task An_extension_asking_for_no_later_deadline_keeps_the_one_given_and_tells_nobody()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        var id = submitted.Case.Id;
        await Harness.CompleteAsync(id, "Приемане");
        await Harness.CompleteAsync(id, "Удължаване на срока", new JsonObject { ["months"] = "6" });
        await Harness.DecideExtensionAsync(id);

        await Harness.CompleteAsync(id, "Удължаване на срока", new JsonObject { ["months"] = "3" });
        await Harness.DecideExtensionAsync(id);

        var signal = (await Harness.Signals().FindAsync(id))!.Signal;
        Assert.Equal((1, new DateOnly(2027, 6, 3)), (signal.Extensions, SofiaDay(signal.DecisionDueAt!.Value)));
        Assert.Equal(signal.DecisionDueAt, (await Harness.TaskAsync(id)).DueAt);
        Assert.Single(await Harness.NotificationsAsync(id), n => n.Kind == CitizenNotificationRecord.Extension);
    }

    [SkippableFact]
    public async Task An_extension_after_a_reopening_counts_from_the_reopening_and_never_shortens_its_deadline()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        var id = submitted.Case.Id;
        await Harness.CompleteAsync(id, "Приемане");
        Harness.Clock.Now = new DateTimeOffset(2027, 5, 20, 8, 0, 0, TimeSpan.Zero);
        await Harness.CompleteAsync(id, "Отстранен", new JsonObject { ["answer"] = "Готово." });
        await Harness.CompleteAsync(id, "Изпратен", new JsonObject { ["method"] = "post" });
        Harness.Clock.Now = new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero);
        await Harness.Signals().ReopenAsync(id, new SignalActor("maria", IsStaff: false), "Дупката се появи отново.");
        var reopened = (await Harness.Signals().FindAsync(id))!.Signal;

        await Harness.CompleteAsync(id, "Удължаване на срока", new JsonObject { ["months"] = "6" });
        await Harness.DecideExtensionAsync(id);

        // Two months from the reopening end on Sunday 1 August, so Monday; six end on 1 December, not on 3 June
        // (six months from receipt, before the reopened deadline).
        var extended = (await Harness.Signals().FindAsync(id))!.Signal;
        Assert.Equal(new DateOnly(2027, 8, 2), SofiaDay(reopened.DecisionDueAt!.Value));
        Assert.Equal(new DateOnly(2027, 12, 1), SofiaDay(extended.DecisionDueAt!.Value));
        Assert.Equal(extended.DecisionDueAt, (await Harness.TaskAsync(id)).DueAt);
        var extension = Assert.Single(await Harness.NotificationsAsync(id),
            n => n.Kind == CitizenNotificationRecord.Extension);
        Assert.Contains("01.12.2027", extension.TextBg, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Under_investigation_the_signal_says_so_and_waits_on_a_new_task_with_the_same_deadline()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        var id = submitted.Case.Id;
        await Harness.CompleteAsync(id, "Приемане");
        var resolution = await Harness.TaskAsync(id);

        await Harness.CompleteAsync(id, "В проверка", new JsonObject { ["answer"] = "Проверяваме с ЧЕЗ." });

        var details = (await Harness.Signals().FindAsync(id))!;
        var again = await Harness.TaskAsync(id);
        Assert.Equal((CaseStatus.Investigating, "Проверяваме с ЧЕЗ."),
            (details.Case.Status, details.Timeline[^1].Note));
        Assert.Null(details.Signal.Closure);
        Assert.NotEqual(resolution.Id, again.Id);
        Assert.StartsWith("Решаване на сигнал", again.Title, StringComparison.Ordinal);
        Assert.Equal(resolution.DueAt, again.DueAt);
        Assert.Empty(await Harness.OutgoingAsync(id));
        var told = Assert.Single(await Harness.NotificationsAsync(id),
            n => n.Kind == CitizenNotificationRecord.Status && n.TextEn.Contains("Investigating",
                StringComparison.Ordinal));
        Assert.Equal("maria", told.AccountId);
    }

    [SkippableFact]
    public async Task A_rejected_signal_is_closed_answered_by_letter_and_ends_once_the_letter_is_sent()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        var id = submitted.Case.Id;
        await Harness.CompleteAsync(id, "Приемане");

        await Harness.CompleteAsync(id, "Отказ", new JsonObject { ["answer"] = "Участъкът не е общински." });
        var send = await Harness.TaskAsync(id);
        await Harness.CompleteAsync(id, "Изпратен", new JsonObject { ["method"] = "email" });

        var details = (await Harness.Signals().FindAsync(id))!;
        Assert.Equal((CaseStatus.Closed, SignalClosure.Rejected), (details.Case.Status, details.Signal.Closure));
        Assert.Equal("Участъкът не е общински.", details.Timeline[^1].Note);
        Assert.StartsWith("Изпращане на отговора", send.Title, StringComparison.Ordinal);
        Assert.Single(await Harness.OutgoingAsync(id));
        Assert.Single(await Harness.NotificationsAsync(id), n => n.Kind == CitizenNotificationRecord.Decision);
        var instance = await Harness.Runtime.LoadInstanceAsync(details.Case.WorkflowInstanceId!);
        Assert.Equal(WorkflowSubStatus.Finished, instance!.SubStatus);
        await Assert.ThrowsAsync<SignalException>(() => Harness.Signals().ReopenAsync(id,
            new SignalActor("maria", IsStaff: false), "Не съм съгласна."));
    }

    [SkippableTheory]
    [InlineData("Отстранен")]
    [InlineData("Отказ")]
    public async Task A_letter_decided_just_before_Christmas_is_due_to_be_sent_within_seven_calendar_days(
        string decision)
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        await Harness.CompleteAsync(submitted.Case.Id, "Приемане");

        // Wednesday 23 December 2026: 24 to 26 December are holidays and 28 December is given in lieu of the 26th,
        // so five working days would run to 5 January; seven calendar days end on 30 December.
        Harness.Clock.Now = new DateTimeOffset(2026, 12, 23, 8, 0, 0, TimeSpan.Zero);
        await Harness.CompleteAsync(submitted.Case.Id, decision, new JsonObject { ["answer"] = "Решено." });

        var send = await Harness.TaskAsync(submitted.Case.Id);
        Assert.StartsWith("Изпращане на отговора", send.Title, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 30), SofiaDay(send.DueAt!.Value));
    }

    [SkippableFact]
    public async Task A_category_routed_to_districts_goes_to_the_district_administration_chosen()
    {
        var district = new TaskActor("mladost-1", ["district-mladost"], false, false);
        var waste = SignalHarness.Pothole() with { CategoryCode = "waste", Description = "Препълнени кофи." };

        var inMladost = await Harness.Signals().SubmitAsync(waste with { District = "mladost" });
        var nowhere = await Harness.Signals().SubmitAsync(waste with { Latitude = 42.70, Longitude = 23.35 });

        var review = await Harness.TaskAsync(inMladost.Case.Id, district);
        Assert.Equal(["district-mladost"], review.CandidateGroups);
        Assert.Equal("district-mladost", (await Harness.CaseAsync(inMladost.Case.Id)).DepartmentCode);
        Assert.Equal("district-mladost", (await Harness.Signals().FindAsync(inMladost.Case.Id))!.Signal.Department);
        Assert.Empty((await Harness.Get<TaskService>().ListAsync(SignalHarness.Roads,
            new TaskFilter { CaseId = inMladost.Case.Id })).Items);
        Assert.Equal(["waste"], (await Harness.TaskAsync(nowhere.Case.Id,
            new TaskActor("waste-1", ["waste"], false, false))).CandidateGroups);
    }

    [SkippableFact]
    public async Task A_configured_category_is_routed_to_its_department_and_the_defaults_are_gone()
    {
        var options = new SignalOptions();
        options.Categories.Add(new SignalCategory
        {
            Code = "graffiti", NameBg = "Графити", NameEn = "Graffiti", Department = "culture",
        });
        await using var configured = await SignalHarness.CreateAsync(postgres, options);
        var culture = new TaskActor("culture-1", ["culture"], false, false);

        var graffiti = await configured.Signals().SubmitAsync(SignalHarness.Pothole() with
        {
            CategoryCode = "graffiti", Description = "Надписи по фасадата на читалището.",
        });
        var roads = await Assert.ThrowsAsync<SignalValidationException>(() =>
            configured.Signals().SubmitAsync(SignalHarness.Pothole()));

        var review = await configured.TaskAsync(graffiti.Case.Id, culture);
        Assert.Equal(["culture"], review.CandidateGroups);
        Assert.EndsWith("(Графити)", review.Title, StringComparison.Ordinal);
        Assert.Equal("culture", graffiti.Case.DepartmentCode);
        Assert.True(roads.Errors.ContainsKey("categoryCode"));
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
    public async Task A_fixed_signal_nobody_reopens_ends_its_workflow_when_the_window_closes()
    {
        var submitted = await FixedAsync();
        var details = (await Harness.Signals().FindAsync(submitted))!;
        var waiting = await Harness.Runtime.LoadInstanceAsync(details.Case.WorkflowInstanceId!);
        var timer = Assert.Single(waiting!.Bookmarks, b => b.ResumeAt is not null);

        Harness.Clock.Now = timer.ResumeAt!.Value.AddMinutes(1);
        await Harness.Runtime.ResumeAsync(waiting.Id, timer.Id);

        var ended = await Harness.Runtime.LoadInstanceAsync(details.Case.WorkflowInstanceId!);
        Assert.Equal(details.Signal.ResolvedAt!.Value.AddDays(30), timer.ResumeAt);
        Assert.Equal(WorkflowSubStatus.Finished, ended!.SubStatus);
        Assert.Equal(CaseStatus.Fixed, (await Harness.CaseAsync(submitted)).Status);
        Assert.Empty((await Harness.Get<TaskService>().ListAsync(SignalHarness.Roads,
            new TaskFilter { CaseId = submitted })).Items);
    }

    [SkippableFact]
    public async Task The_shipped_workflow_is_published_once_and_not_again_while_current()
    {
        var again = await Harness.Get<SignalWorkflow>().LoadAsync();

        var versions = await Harness.Runtime.Definitions.VersionsAsync(SignalWorkflow.DefinitionId);
        Assert.False(again);
        Assert.Single(versions, v => v.IsPublished);
    }

    private static DateOnly SofiaDay(DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, BulgarianCalendar.Sofia).DateTime);

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

    /// <summary>The municipality's self-signed signing certificate, with its key.</summary>
    private static X509Certificate2 MunicipalCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(
            "CN=Столична община, C=BG", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow.AddYears(1));
    }
}
