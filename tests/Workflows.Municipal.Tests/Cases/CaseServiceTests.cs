using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Registration;
using CaseSystem.Workflows.Municipal.Tests.Persistence;
using CaseSystem.Workflows.Municipal.Tests.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSystem.Workflows.Municipal.Tests.Cases;

/// <summary>Cases on each database: opening, statuses, owners and tracking by index and access code.</summary>
public abstract class CaseServiceTests(bool postgres) : IAsyncLifetime
{
    // 10:00 in Sofia (UTC+2 in winter).
    private static readonly DateTimeOffset December3 = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly SettableTime _time = new(December3);
    private TestDatabase? _database;
    private MunicipalDbContext? _db;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Opening_a_case_gives_it_the_next_incoming_index_of_the_day_in_Sofia()
    {
        var cases = await ServiceAsync();

        var first = await cases.OpenAsync(Application());
        var second = await cases.OpenAsync(Application());

        Assert.Equal("СОА26-ВК08-1/03.12.2026", first.Case.RegistrationIndex);
        Assert.Equal("СОА26-ВК08-2/03.12.2026", second.Case.RegistrationIndex);
    }

    [SkippableFact]
    public async Task Opening_a_case_writes_its_incoming_register_entry_and_its_first_status()
    {
        var cases = await ServiceAsync();
        var documentId = Guid.NewGuid();

        var opened = await cases.OpenAsync(Application() with { DocumentId = documentId });

        await using var check = _database!.CreateContext();
        var entry = await check.RegisterEntries.SingleAsync();
        Assert.Equal(opened.Case.Id, entry.CaseId);
        Assert.Equal(opened.Case.RegistrationIndex, entry.RegistrationIndex);
        Assert.Equal(("ВК08", RegisterDirection.Incoming), (entry.RegisterCode, entry.Direction));
        Assert.Equal("Мария Георгиева", entry.Correspondent);
        Assert.Equal("Удостоверение за данъчна оценка", entry.Subject);
        Assert.Equal(documentId, entry.DocumentId);
        var step = Assert.Single(await check.StatusHistory.ToListAsync());
        Assert.Equal((opened.Case.Id, CaseStatus.Received, "citizen-42"), (step.CaseId, step.Status, step.By));
        Assert.Equal(December3, step.At);
        var stored = await check.Cases.SingleAsync();
        Assert.Equal(CaseStatus.Received, stored.Status);
        Assert.Equal(("8001010008", ApplicantKind.Person), (stored.ApplicantIdentifier, stored.ApplicantKind));
        Assert.Equal(December3, stored.CreatedAt);
    }

    [SkippableFact]
    public async Task The_access_code_is_returned_once_and_stored_only_as_a_salted_hash()
    {
        var cases = await ServiceAsync();

        var first = await cases.OpenAsync(Application());
        var second = await cases.OpenAsync(Application());

        await using var check = _database!.CreateContext();
        var stored = await check.Cases.SingleAsync(c => c.Id == first.Case.Id);
        Assert.Matches("^[A-HJKMNP-Z2-9]{8}$", first.AccessCode);
        Assert.DoesNotContain(first.AccessCode, stored.AccessCodeHash, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("sha256$", stored.AccessCodeHash, StringComparison.Ordinal);
        Assert.True(AccessCode.Verify(first.AccessCode, stored.AccessCodeHash));
        Assert.NotEqual(first.Case.AccessCodeHash, second.Case.AccessCodeHash);
    }

    [SkippableFact]
    public async Task Tracking_finds_the_case_by_its_index_and_access_code_as_a_citizen_types_them()
    {
        var cases = await ServiceAsync();
        var opened = await cases.OpenAsync(Application());
        var typedIndex = " " + opened.Case.RegistrationIndex.ToLowerInvariant() + " ";
        var typedCode = opened.AccessCode[..4].ToLowerInvariant() + "-" + opened.AccessCode[4..];

        var found = await cases.FindByIndexAsync(typedIndex, typedCode);

        Assert.Equal(opened.Case.Id, found?.Id);
    }

    [SkippableFact]
    public async Task Tracking_with_a_wrong_code_or_an_unknown_index_finds_nothing()
    {
        var cases = await ServiceAsync();
        var opened = await cases.OpenAsync(Application());
        var other = await cases.OpenAsync(Application());

        var withOthersCode = await cases.FindByIndexAsync(opened.Case.RegistrationIndex, other.AccessCode);
        var unknownIndex = await cases.FindByIndexAsync("СОА26-ВК08-99/03.12.2026", opened.AccessCode);
        var notAnIndex = await cases.FindByIndexAsync("нещо друго", opened.AccessCode);

        Assert.Null(withOthersCode);
        Assert.Null(unknownIndex);
        Assert.Null(notAnIndex);
    }

    [SkippableFact]
    public async Task A_rejected_applicant_opens_no_case_and_takes_no_number()
    {
        const string problem = "ЕГН 8001010009 има грешна контролна цифра.";
        var cases = await ServiceAsync(new RejectingValidator(problem));

        var error = await Assert.ThrowsAsync<InvalidApplicantException>(() => cases.OpenAsync(Application()));

        Assert.Equal(problem, error.Message);
        await using var check = _database!.CreateContext();
        Assert.Equal(0, await check.Cases.CountAsync());
        Assert.Equal(0, await check.RegisterSequences.CountAsync());
    }

    [SkippableFact]
    public async Task Status_changes_append_to_the_timeline_with_their_notes_for_the_citizen()
    {
        const string Assigned = "Разпределен на район Младост.";
        const string Filled = "Дупката е запълнена.";
        var cases = await ServiceAsync();
        var opened = await cases.OpenAsync(Application());
        _time.Now = December3.AddHours(1);
        await cases.ChangeStatusAsync(opened.Case.Id, CaseStatus.InProgress, Assigned, "clerk-3");
        _time.Now = December3.AddDays(2);

        await cases.ChangeStatusAsync(opened.Case.Id, CaseStatus.Fixed, Filled, "clerk-3");

        var timeline = await cases.TimelineAsync(opened.Case.Id);
        Assert.Equal([CaseStatus.Received, CaseStatus.InProgress, CaseStatus.Fixed], timeline.Select(s => s.Status));
        Assert.Equal([null, Assigned, Filled], timeline.Select(s => s.Note));
        Assert.Equal(December3.AddDays(2), timeline[2].At);
        var current = await cases.FindAsync(opened.Case.Id);
        Assert.Equal((CaseStatus.Fixed, December3.AddDays(2)), (current!.Status, current.UpdatedAt));
        Assert.Null(current.ClosedAt);
    }

    [SkippableFact]
    public async Task A_closed_case_changes_only_by_being_reopened()
    {
        var cases = await ServiceAsync();
        var opened = await cases.OpenAsync(Application());
        await cases.ChangeStatusAsync(opened.Case.Id, CaseStatus.Duplicate, "Вижте СОА26-ВК08-1.", "clerk-3");

        var refused = await Assert.ThrowsAsync<CaseStatusException>(
            () => cases.ChangeStatusAsync(opened.Case.Id, CaseStatus.InProgress, null, "clerk-3"));
        var closedAt = (await cases.FindAsync(opened.Case.Id))!.ClosedAt;
        await cases.ChangeStatusAsync(opened.Case.Id, CaseStatus.Reopened, null, "clerk-3");

        Assert.Contains("reopen it first", refused.Message, StringComparison.Ordinal);
        Assert.Equal(December3, closedAt);
        var reopened = await cases.FindAsync(opened.Case.Id);
        Assert.Equal(CaseStatus.Reopened, reopened!.Status);
        Assert.Null(reopened.ClosedAt);
        Assert.Equal(3, (await cases.TimelineAsync(opened.Case.Id)).Count);
    }

    [SkippableFact]
    public async Task An_open_case_cannot_be_reopened_nor_received_again()
    {
        var cases = await ServiceAsync();
        var opened = await cases.OpenAsync(Application());

        await Assert.ThrowsAsync<CaseStatusException>(
            () => cases.ChangeStatusAsync(opened.Case.Id, CaseStatus.Reopened, null, "clerk-3"));
        await Assert.ThrowsAsync<CaseStatusException>(
            () => cases.ChangeStatusAsync(opened.Case.Id, CaseStatus.Received, null, "clerk-3"));

        Assert.Single(await cases.TimelineAsync(opened.Case.Id));
    }

    [SkippableFact]
    public async Task A_missing_case_is_reported_by_its_id()
    {
        var cases = await ServiceAsync();
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<CaseNotFoundException>(
            () => cases.ChangeStatusAsync(id, CaseStatus.InProgress, null, "clerk-3"));

        Assert.Equal(id, error.CaseId);
    }

    [SkippableFact]
    public async Task A_citizens_cases_are_listed_newest_first_without_anyone_elses()
    {
        var cases = await ServiceAsync();
        var older = await cases.OpenAsync(Application());
        _time.Now = December3.AddMinutes(5);
        var newer = await cases.OpenAsync(Application());
        await cases.OpenAsync(Application() with { OwnerAccountId = "citizen-7" });
        await cases.OpenAsync(Application() with { OwnerAccountId = null, OpenedBy = "clerk-1" });

        var listed = await cases.ListByOwnerAsync("citizen-42");

        Assert.Equal([newer.Case.Id, older.Case.Id], listed.Select(c => c.Id));
    }

    [SkippableFact]
    public async Task A_workflow_instance_is_attached_once_and_again_is_harmless()
    {
        var cases = await ServiceAsync();
        var opened = await cases.OpenAsync(Application());

        await cases.AttachWorkflowAsync(opened.Case.Id, "wf-1");
        await cases.AttachWorkflowAsync(opened.Case.Id, "wf-1");

        await Assert.ThrowsAsync<InvalidOperationException>(() => cases.AttachWorkflowAsync(opened.Case.Id, "wf-2"));
        await using var check = _database!.CreateContext();
        Assert.Equal("wf-1", (await check.Cases.SingleAsync()).WorkflowInstanceId);
    }

    private static NewCase Application() => new()
    {
        ServiceCode = "tax-valuation-certificate",
        Title = "Удостоверение за данъчна оценка",
        ApplicantKind = ApplicantKind.Person,
        ApplicantIdentifier = "8001010008",
        ApplicantName = "Мария Георгиева",
        ContactEmail = "maria@example.org",
        OwnerAccountId = "citizen-42",
        DepartmentCode = "local-taxes",
        OpenedBy = "citizen-42",
    };

    private async Task<CaseService> ServiceAsync(IApplicantValidator? validator = null)
    {
        _database = await TestDatabase.CreateAsync(postgres);
        _db = _database.CreateContext();
        var format = TestRegistration.Format();
        var register = new DocumentRegister(_db, format, _time, NullLogger<DocumentRegister>.Instance);
        return new CaseService(_db, register, format, validator ?? new IdentifierApplicantValidator(), _time,
            NullLogger<CaseService>.Instance);
    }

    private sealed class RejectingValidator(string problem) : IApplicantValidator
    {
        public string? Validate(ApplicantKind kind, string identifier) => problem;
    }
}

public sealed class SqliteCaseServiceTests() : CaseServiceTests(postgres: false);

public sealed class PostgresCaseServiceTests() : CaseServiceTests(postgres: true);
