using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>
/// Opens cases, moves them through their citizen-visible statuses, and finds them for their owners and for
/// applicants who track them by registration index and access code.
/// </summary>
public sealed class CaseService(
    MunicipalDbContext db, DocumentRegister register, RegistrationIndexFormat format,
    IApplicantValidator applicants, TimeProvider time, ILogger<CaseService> logger)
{
    // Checked against when no case has the index, so a wrong index costs as long as a wrong code.
    private static readonly string Decoy = AccessCode.Hash(AccessCode.Generate());

    /// <summary>How registration indexes read and are written.</summary>
    public RegistrationIndexFormat Format => format;

    /// <summary>
    /// Opens a case: gives it the next incoming index of the configured incoming register and writes the case,
    /// its register entry and its first status (received) in one transaction of its own.
    /// </summary>
    /// <exception cref="InvalidApplicantException">The applicant's identifier was rejected.</exception>
    public async Task<OpenedCase> OpenAsync(NewCase request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (applicants.Validate(request.ApplicantKind, request.ApplicantIdentifier) is { } problem)
        {
            throw new InvalidApplicantException(problem);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var opened = await AddAsync(request, checkApplicant: false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        Log.CaseOpened(logger, opened.Case.Id, opened.Case.RegistrationIndex, opened.Case.ServiceCode);
        return opened;
    }

    /// <summary>
    /// Numbers the case and adds it, its register entry and its first status to the context, unsaved, inside the
    /// caller's transaction (which then saves what goes with the case, such as a signal, and commits).
    /// </summary>
    /// <param name="request">The case.</param>
    /// <param name="checkApplicant">False for services that identify nobody by number (a signal needs a name
    /// and a way to answer, never an ЕГН).</param>
    /// <param name="cancellationToken">Stops before the transaction commits.</param>
    internal async Task<OpenedCase> AddAsync(NewCase request, bool checkApplicant,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OpenedBy);
        if (checkApplicant && applicants.Validate(request.ApplicantKind, request.ApplicantIdentifier) is { } problem)
        {
            throw new InvalidApplicantException(problem);
        }

        var now = Now();
        var code = AccessCode.Generate();
        var opened = new CaseRecord
        {
            Id = request.CaseId ?? Guid.NewGuid(),
            RegistrationIndex = "",
            ServiceCode = request.ServiceCode,
            Title = request.Title,
            ApplicantKind = request.ApplicantKind,
            ApplicantIdentifier = request.ApplicantIdentifier.Trim(),
            ApplicantName = request.ApplicantName,
            ContactEmail = request.ContactEmail,
            ContactPhone = request.ContactPhone,
            OwnerAccountId = request.OwnerAccountId,
            DepartmentCode = request.DepartmentCode,
            Status = CaseStatus.Received,
            WorkflowInstanceId = request.WorkflowInstanceId,
            CreatedAt = now,
            UpdatedAt = now,
            AccessCodeHash = AccessCode.Hash(code),
        };

        var entry = await register.AddEntryAsync(
            RegisterDirection.Incoming, format.IncomingRegister, request.ApplicantName, request.Title, now,
            request.OpenedBy, opened.Id, request.DocumentId, cancellationToken);
        opened.RegistrationIndex = entry.RegistrationIndex;
        db.Cases.Add(opened);
        db.StatusHistory.Add(Step(opened.Id, CaseStatus.Received, null, request.OpenedBy, now));
        return new OpenedCase(opened, entry, code);
    }

    /// <summary>
    /// Moves the case to a status and appends it, with its note for the citizen, to the timeline. Received is
    /// only ever the first status; a closed case (closed, duplicate, not the municipality's) can only be
    /// reopened, and only a closed or fixed case can be.
    /// </summary>
    /// <exception cref="CaseNotFoundException">No case has this id.</exception>
    /// <exception cref="CaseStatusException">The change is not allowed from the current status.</exception>
    public async Task<CaseStatusRecord> ChangeStatusAsync(
        Guid caseId, CaseStatus status, string? note, string by, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var record = await LoadAsync(caseId, cancellationToken);
        var old = record.Status;
        if (Refusal(old, status) is { } refusal)
        {
            throw new CaseStatusException($"Case {record.RegistrationIndex} is {CaseStatusLabels.English(old)}: "
                + refusal);
        }

        var now = Now();
        record.Status = status;
        record.UpdatedAt = now;
        record.ClosedAt = IsClosing(status) ? now : null;
        var step = Step(caseId, status, string.IsNullOrWhiteSpace(note) ? null : note, by, now);
        db.StatusHistory.Add(step);
        await db.SaveChangesAsync(cancellationToken);

        Log.CaseStatusChanged(logger, caseId, old, status);
        return step;
    }

    /// <summary>Records the workflow instance that drives the case; attaching the same one again does nothing.
    /// </summary>
    /// <exception cref="CaseNotFoundException">No case has this id.</exception>
    /// <exception cref="InvalidOperationException">Another instance already drives the case.</exception>
    public async Task AttachWorkflowAsync(
        Guid caseId, string workflowInstanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowInstanceId);
        var record = await LoadAsync(caseId, cancellationToken);
        if (record.WorkflowInstanceId == workflowInstanceId)
        {
            return;
        }

        if (record.WorkflowInstanceId is not null)
        {
            throw new InvalidOperationException(
                $"Case {caseId} is already driven by workflow instance {record.WorkflowInstanceId}.");
        }

        record.WorkflowInstanceId = workflowInstanceId;
        record.UpdatedAt = Now();
        await db.SaveChangesAsync(cancellationToken);

        Log.WorkflowAttached(logger, caseId, workflowInstanceId);
    }

    public Task<CaseRecord?> FindAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    /// <summary>
    /// The case with this registration index, typed as a person may (see
    /// <see cref="RegistrationIndexFormat.TryParse"/>), for staff who know the case by its number; null when none
    /// has it. Whoever calls decides who may see it.
    /// </summary>
    public async Task<CaseRecord?> FindByIndexAsync(string registrationIndex,
        CancellationToken cancellationToken = default)
    {
        if (!format.TryParse(registrationIndex, out var index))
        {
            return null;
        }

        var text = index.ToString();
        return await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.RegistrationIndex == text, cancellationToken);
    }

    /// <summary>A citizen's cases, newest first.</summary>
    public async Task<IReadOnlyList<CaseRecord>> ListByOwnerAsync(
        string ownerAccountId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerAccountId);
        return await db.Cases.AsNoTracking()
            .Where(c => c.OwnerAccountId == ownerAccountId)
            .OrderByDescending(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The cases of some departments (a clerk's), or of all when none are given; newest first.</summary>
    public async Task<(IReadOnlyList<CaseRecord> Items, int Total)> ListByDepartmentsAsync(
        IReadOnlyCollection<string>? departments, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        var query = db.Cases.AsNoTracking();
        if (departments is not null)
        {
            query = query.Where(c => departments.Contains(c.DepartmentCode));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.CreatedAt)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>
    /// Tracking without an account: the case with this registration index (typed as a citizen may, see
    /// <see cref="RegistrationIndexFormat.TryParse"/>) when the access code is its own; otherwise null, without
    /// saying whether the index or the code was wrong.
    /// </summary>
    public async Task<CaseRecord?> FindByIndexAsync(
        string registrationIndex, string accessCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accessCode);

        // About 40 bits of code hold against guessing only behind rate limits: the portal's tracking form limits
        // each client and each index's wrong codes (Portal:Tracking); a new caller must do likewise.
        if (!format.TryParse(registrationIndex, out var index))
        {
            return null;
        }

        var text = index.ToString();
        var record = await db.Cases.AsNoTracking()
            .SingleOrDefaultAsync(c => c.RegistrationIndex == text, cancellationToken);
        var matches = AccessCode.Verify(accessCode, record?.AccessCodeHash ?? Decoy);
        return record is not null && matches ? record : null;
    }

    /// <summary>
    /// The case with a registration index as staff type it (read by <see cref="Format"/>); null when none has it.
    /// Whether the caller may see it is the caller's to check.
    /// </summary>
    public async Task<CaseRecord?> FindByIndexAsync(RegistrationIndex index,
        CancellationToken cancellationToken = default)
    {
        var text = index.ToString();
        return await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.RegistrationIndex == text, cancellationToken);
    }

    /// <summary>The case's statuses, oldest first.</summary>
    public async Task<IReadOnlyList<CaseStatusRecord>> TimelineAsync(
        Guid caseId, CancellationToken cancellationToken = default)
    {
        return await db.StatusHistory.AsNoTracking()
            .Where(s => s.CaseId == caseId)
            .OrderBy(s => s.At)
            .ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Statuses that end a case; from them only <see cref="CaseStatus.Reopened"/> leads on.</summary>
    /// <remarks>Fixed does not end a case (its answer is still to be sent), but a fixed case may be reopened.
    /// </remarks>
    public static bool IsClosing(CaseStatus status) =>
        status is CaseStatus.Closed or CaseStatus.Duplicate or CaseStatus.NotMunicipalResponsibility;

    private static string? Refusal(CaseStatus from, CaseStatus to) => (from, to) switch
    {
        (_, CaseStatus.Received) => "received is only the first status of a case.",
        (var closed, not CaseStatus.Reopened) when IsClosing(closed) => "reopen it first.",
        (var open, CaseStatus.Reopened) when !IsClosing(open) && open != CaseStatus.Fixed =>
            "only a closed or fixed case can be reopened.",
        _ => null,
    };

    private async Task<CaseRecord> LoadAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
        ?? throw new CaseNotFoundException(caseId);

    private static CaseStatusRecord Step(Guid caseId, CaseStatus status, string? note, string by,
        DateTimeOffset at) => new() { CaseId = caseId, Status = status, Note = note, By = by, At = at };

    // Stored in UTC whatever the clock's offset: PostgreSQL's timestamptz takes nothing else.
    private DateTimeOffset Now() => time.GetUtcNow().ToUniversalTime();
}
