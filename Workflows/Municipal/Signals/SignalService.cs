using CaseSystem.Workflows.Municipal.Activities;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// Signals to the contact centre: filing one (its case and incoming index with it, then its workflow), likely
/// duplicates, following and reopening, and the reads of the sender, the staff and the public (Open311).
/// Authorisation is the host's: these methods trust the actor they are given.
/// </summary>
public sealed class SignalService(
    MunicipalDbContext db, CaseService cases, SignalCatalogue catalogue, WorkflowRuntime runtime,
    TimeProvider time, ILogger<SignalService> logger, ICaseDocuments? documents = null)
{
    /// <summary>The service code of signal cases.</summary>
    public const string ServiceCode = "signal";

    /// <summary>
    /// Files a signal: the case with its incoming index, the signal and its photos are written in one transaction,
    /// then the signal workflow starts for it (correlation id: the case id). A workflow that cannot start now does
    /// not undo the registration; <see cref="StartPendingWorkflowsAsync"/> starts it later.
    /// </summary>
    /// <exception cref="SignalValidationException">Something must change; nothing was saved.</exception>
    public async Task<SubmittedSignal> SubmitAsync(NewSignal request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SubmittedBy);
        var now = Now();
        var errors = SignalValidation.Check(request, catalogue, now);
        if (!errors.ContainsKey("photoIds") && await PhotoErrorAsync(request, cancellationToken) is { } photos)
        {
            errors["photoIds"] = photos;
        }

        if (errors.Count > 0)
        {
            throw new SignalValidationException(errors);
        }

        var category = catalogue.Category(request.CategoryCode)!;
        var point = GeoPoint.Of(request.Latitude, request.Longitude);
        var duplicates = await SignalQueries.LikelyDuplicatesAsync(
            db, catalogue, category.Code, point, request.Address, null, cancellationToken);
        var district = catalogue.DistrictOf(request.District, request.Latitude, request.Longitude);
        var department = catalogue.Route(category.Code, district);
        var caseId = request.CaseId ?? Guid.NewGuid();
        var instanceId = WorkflowInstanceId(caseId);
        var anonymous = request.Anonymous;
        var (title, _) = SignalTexts.CaseTitle(category);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var opened = await cases.AddAsync(new NewCase
        {
            CaseId = caseId,
            ServiceCode = ServiceCode,
            Title = title,
            ApplicantKind = ApplicantKind.Person,
            ApplicantIdentifier = "",

            // An anonymous sender leaves nothing that names or reaches them, an account included.
            ApplicantName = anonymous ? SignalTexts.AnonymousSender : request.Name!.Trim(),
            ContactEmail = anonymous ? null : Blank(request.Email),
            ContactPhone = anonymous ? null : Blank(request.Phone),
            OwnerAccountId = anonymous ? null : request.OwnerAccountId,
            DepartmentCode = department,
            WorkflowInstanceId = instanceId,
            OpenedBy = request.SubmittedBy,
        }, checkApplicant: false, cancellationToken);

        var signal = new SignalRecord
        {
            Id = caseId,
            CategoryCode = category.Code,
            Description = request.Description.Trim(),
            Latitude = request.Latitude,
            Longitude = request.Longitude,
            Address = Blank(request.Address),
            AddressKey = SignalQueries.AddressKey(request.Address),
            District = district,
            PublicDescription = PublicText.Description(request.Description, request.ShareDescription),
            Anonymous = anonymous,
            PostalAddress = anonymous ? null : Blank(request.PostalAddress),
            Language = request.Language,
            EventsOn = request.EventsOn,
            Channel = request.Channel,
            SubmittedBy = request.SubmittedBy,
            ReceivedAt = opened.Case.CreatedAt,
            Department = department,
        };
        db.Signals.Add(signal);
        db.SignalPhotos.AddRange(request.PhotoIds.Select((id, i) =>
            new SignalPhotoRecord { SignalId = caseId, Position = i + 1, DocumentId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log.SignalSubmitted(logger, caseId, opened.Case.RegistrationIndex, category.Code, request.Channel);

        var started = await StartWorkflowAsync(caseId, instanceId, cancellationToken);
        db.ChangeTracker.Clear();
        var details = await FindAsync(caseId, cancellationToken);
        return new SubmittedSignal(details!.Signal, details.Case, opened.AccessCode, duplicates, started);
    }

    /// <summary>
    /// What <see cref="SubmitAsync"/> would refuse in this submission, every bad field at once (empty when it would
    /// be accepted), so that a form can ask for changes before its check-your-answers page. Saves nothing.
    /// </summary>
    public IReadOnlyDictionary<string, SignalFieldError> Check(NewSignal request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SignalValidation.Check(request, catalogue, Now());
    }

    /// <summary>Open signals like the one about to be filed, for the citizen to follow instead.</summary>
    public Task<IReadOnlyList<LikelyDuplicate>> FindLikelyDuplicatesAsync(
        string categoryCode, GeoPoint? point, string? address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(categoryCode);
        return SignalQueries.LikelyDuplicatesAsync(db, catalogue, categoryCode, point, address, null,
            cancellationToken);
    }

    /// <summary>The open signals a signal's reviewer was offered as its possible duplicates, nearest first.</summary>
    public async Task<IReadOnlyList<LikelyDuplicate>> PossibleDuplicatesAsync(
        Guid signalId, CancellationToken cancellationToken = default)
    {
        var marks = await db.SignalDuplicates.AsNoTracking()
            .Where(d => d.SignalId == signalId)
            .ToListAsync(cancellationToken);
        var ids = marks.Select(m => m.CandidateId).ToList();
        var found = await SignalQueries.Joined(db).Where(x => ids.Contains(x.Signal.Id)).ToListAsync(cancellationToken);
        return [.. found
            .Select(x => new LikelyDuplicate(SignalQueries.Public(x.Signal, x.Case, catalogue),
                marks.First(m => m.CandidateId == x.Signal.Id).DistanceMetres))
            .OrderBy(d => d.DistanceMetres ?? double.MaxValue)];
    }

    /// <summary>
    /// Follows a signal instead of filing it again: the follower is told of each later status change. Following
    /// twice (same account or e-mail) changes nothing.
    /// </summary>
    /// <exception cref="SignalNotFoundException">No such signal.</exception>
    /// <exception cref="SignalException">The signal is closed, or the follower gave no account or e-mail.</exception>
    public async Task FollowAsync(Guid signalId, SignalFollower follower, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(follower);
        var email = Blank(follower.Email)?.ToLowerInvariant();
        if (follower.AccountId is null && email is null)
        {
            throw new SignalException("Влезте в профила си или посочете имейл, за да следите сигнала.",
                "Sign in or give an e-mail address to follow the signal.");
        }

        var found = await SignalQueries.Joined(db)
            .SingleOrDefaultAsync(x => x.Signal.Id == signalId, cancellationToken)
            ?? throw new SignalNotFoundException();
        if (!SignalQueries.IsOpen(found.Case.Status))
        {
            throw new SignalException(
                $"Сигнал {found.Case.RegistrationIndex} вече е приключен и не може да бъде следен; подайте нов сигнал.",
                $"Signal {found.Case.RegistrationIndex} is already closed and cannot be followed; file a new one.");
        }

        if (follower.AccountId is not null && follower.AccountId == found.Case.OwnerAccountId)
        {
            // Its sender is told already.
            return;
        }

        var already = await db.SignalFollowers.AnyAsync(f => f.SignalId == signalId
            && ((follower.AccountId != null && f.AccountId == follower.AccountId)
                || (email != null && f.Email == email)),
            cancellationToken);
        if (already)
        {
            return;
        }

        var now = Now();
        var language = follower.Language == "en" ? "en" : "bg";
        db.SignalFollowers.Add(new SignalFollowerRecord
        {
            SignalId = signalId, AccountId = follower.AccountId, Email = email, Language = language, CreatedAt = now,
        });
        var index = found.Case.RegistrationIndex;
        var subject = SignalTexts.FollowingSubject(index);
        var text = SignalTexts.FollowingText(index, found.Case.Status);
        db.CitizenNotifications.Add(new CitizenNotificationRecord
        {
            CaseId = signalId, Kind = CitizenNotificationRecord.Following, AccountId = follower.AccountId,
            Email = email, ToFollower = true, Language = language, SubjectBg = subject.Bg, SubjectEn = subject.En,
            TextBg = text.Bg, TextEn = text.En, CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        Log.SignalFollowed(logger, signalId);
    }

    /// <summary>Stops following; false when the account or e-mail did not follow it.</summary>
    public async Task<bool> UnfollowAsync(Guid signalId, SignalFollower follower,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(follower);
        var email = Blank(follower.Email)?.ToLowerInvariant();
        var removed = await db.SignalFollowers.Where(f => f.SignalId == signalId
                && ((follower.AccountId != null && f.AccountId == follower.AccountId)
                    || (email != null && f.Email == email)))
            .ExecuteDeleteAsync(cancellationToken);
        return removed > 0;
    }

    /// <summary>
    /// Reopens a fixed signal whose problem came back, within the configured time after it was fixed: its status
    /// becomes Reopened at once (its followers are told) and its workflow takes it up again with a new resolution
    /// task. Its sender (by account) or staff may.
    /// </summary>
    /// <exception cref="SignalNotFoundException">No such signal, or the actor may not see it.</exception>
    /// <exception cref="SignalException">It is not fixed, the time has passed, or no reason was given.</exception>
    public async Task ReopenAsync(Guid signalId, SignalActor actor, string reason,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var signal = await db.Signals.SingleOrDefaultAsync(s => s.Id == signalId, cancellationToken);
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == signalId, cancellationToken);
        if (signal is null || @case is null || (!actor.IsStaff && @case.OwnerAccountId != actor.UserName))
        {
            throw new SignalNotFoundException();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new SignalException("Опишете какво не е наред, за да бъде сигналът възобновен.",
                "Describe what is still wrong, so that the signal can be reopened.");
        }

        var now = Now();
        var until = signal.ResolvedAt + catalogue.Options.ReopenWithin;
        if (@case.Status != CaseStatus.Fixed || until is null || now > until)
        {
            var days = Math.Ceiling(catalogue.Options.ReopenWithin.TotalDays);
            throw new SignalException(
                $"Сигнал {@case.RegistrationIndex} може да бъде възобновен само до {days} дни след "
                + "отстраняването на проблема; подайте нов сигнал.",
                $"Signal {@case.RegistrationIndex} can be reopened only within {days} days after it was fixed; "
                + "file a new one.");
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            signal.ReopenRequestedAt = now;
            signal.ReopenReason = reason.Trim();
            await cases.ChangeStatusAsync(signalId, CaseStatus.Reopened, reason.Trim(), actor.UserName,
                cancellationToken);
            await SignalNotices.StatusAsync(db, signal, @case, CaseStatus.Reopened, reason.Trim(), now,
                cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // The workflow may be between two waits (sending the letter): then the stimulus waits in the queue a while,
        // and the workflow also finds the request on the signal when it next waits for a reopening.
        await runtime.StimulateAsync(SignalReopening.Stimulus(signalId), cancellationToken: cancellationToken);
        Log.SignalReopened(logger, signalId);
    }

    /// <summary>Everything about a signal, for its sender and staff; null when there is none.</summary>
    public async Task<SignalDetails?> FindAsync(Guid signalId, CancellationToken cancellationToken = default)
    {
        var found = await SignalQueries.Joined(db)
            .SingleOrDefaultAsync(x => x.Signal.Id == signalId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var photos = await db.SignalPhotos.AsNoTracking()
            .Where(p => p.SignalId == signalId)
            .OrderBy(p => p.Position)
            .Select(p => p.DocumentId)
            .ToListAsync(cancellationToken);
        var timeline = await cases.TimelineAsync(signalId, cancellationToken);
        return new SignalDetails(found.Signal, found.Case, photos, timeline);
    }

    /// <summary>The signal with this registration index, typed as a citizen may; null when there is none.</summary>
    public async Task<SignalDetails?> FindByIndexAsync(string registrationIndex,
        CancellationToken cancellationToken = default)
    {
        var id = await db.Cases.AsNoTracking()
            .Where(c => c.RegistrationIndex == Canonical(registrationIndex) && c.ServiceCode == ServiceCode)
            .Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return id is null ? null : await FindAsync(id.Value, cancellationToken);
    }

    /// <summary>A citizen's own signals, newest first.</summary>
    public async Task<IReadOnlyList<SignalDetails>> ListMineAsync(string accountId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        var ids = await db.Cases.AsNoTracking()
            .Where(c => c.OwnerAccountId == accountId && c.ServiceCode == ServiceCode)
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var list = new List<SignalDetails>(ids.Count);
        foreach (var id in ids)
        {
            list.Add((await FindAsync(id, cancellationToken))!);
        }

        return list;
    }

    /// <summary>One signal as the public sees it; null when there is none.</summary>
    public async Task<PublicSignal?> FindPublicAsync(Guid signalId, CancellationToken cancellationToken = default)
    {
        var found = await SignalQueries.Joined(db)
            .SingleOrDefaultAsync(x => x.Signal.Id == signalId, cancellationToken);
        return found is null ? null : SignalQueries.Public(found.Signal, found.Case, catalogue);
    }

    /// <summary>The public register and Open311's <c>GET requests</c>: filtered, newest first, a page at a time.
    /// </summary>
    public async Task<SignalPage<PublicSignal>> ListPublicAsync(SignalQuery query,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, SignalQuery.MaxPageSize);
        var filtered = Filter(SignalQueries.Joined(db), query);
        var total = await filtered.CountAsync(cancellationToken);
        var items = await filtered.OrderByDescending(x => x.Signal.ReceivedAt).ThenBy(x => x.Signal.Id)
            .Skip((page - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return new SignalPage<PublicSignal>(
            [.. items.Select(x => SignalQueries.Public(x.Signal, x.Case, catalogue))], total, page, size);
    }

    /// <summary>
    /// Starts the workflow of every signal whose workflow has not run yet (the host was stopped between filing and
    /// starting, or the definition was missing). The loader calls it at start; returns how many it started.
    /// </summary>
    public async Task<int> StartPendingWorkflowsAsync(CancellationToken cancellationToken = default)
    {
        var pending = await db.Signals.AsNoTracking()
            .Where(s => s.WorkflowStartedAt == null)
            .Join(db.Cases.AsNoTracking(), s => s.Id, c => c.Id, (s, c) => new { s.Id, c.WorkflowInstanceId })
            .ToListAsync(cancellationToken);
        var started = 0;
        foreach (var signal in pending)
        {
            var instanceId = signal.WorkflowInstanceId ?? WorkflowInstanceId(signal.Id);
            if (await runtime.FindInstanceAsync(instanceId, cancellationToken) is not null)
            {
                await MarkStartedAsync(signal.Id, cancellationToken);
                continue;
            }

            if (await StartWorkflowAsync(signal.Id, instanceId, cancellationToken))
            {
                started++;
            }
        }

        return started;
    }

    /// <summary>The id of a signal's workflow instance, fixed by its case, so a second start finds the first.
    /// </summary>
    public static string WorkflowInstanceId(Guid caseId) =>
        WorkflowRuntime.DeterministicId("signal", caseId.ToString("N"));

    private async Task<bool> StartWorkflowAsync(Guid caseId, string instanceId, CancellationToken cancellationToken)
    {
        try
        {
            await runtime.ExecuteAsync(catalogue.Options.DefinitionId, new StartRequest
            {
                InstanceId = instanceId,
                CorrelationId = caseId.ToString(),
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The signal is registered, which is what the sender is owed; its workflow is started again later.
            Log.SignalWorkflowNotStarted(logger, e, caseId, instanceId);
            return false;
        }

        await MarkStartedAsync(caseId, cancellationToken);
        return true;
    }

    private Task<int> MarkStartedAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var now = Now();
        return db.Signals.Where(s => s.Id == caseId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkflowStartedAt, now), cancellationToken);
    }

    private static IQueryable<SignalQueries.SignalWithCase> Filter(IQueryable<SignalQueries.SignalWithCase> all,
        SignalQuery query)
    {
        if (query.CategoryCodes is { Count: > 0 } codes)
        {
            all = all.Where(x => codes.Contains(x.Signal.CategoryCode));
        }

        if (query.Ids is { Count: > 0 } ids)
        {
            all = all.Where(x => ids.Contains(x.Signal.Id));
        }

        if (query.Open is { } open)
        {
            all = open
                ? all.Where(x => x.Case.Status != CaseStatus.Fixed && x.Case.Status != CaseStatus.Closed
                    && x.Case.Status != CaseStatus.Duplicate && x.Case.Status != CaseStatus.NotMunicipalResponsibility)
                : all.Where(x => x.Case.Status == CaseStatus.Fixed || x.Case.Status == CaseStatus.Closed
                    || x.Case.Status == CaseStatus.Duplicate || x.Case.Status == CaseStatus.NotMunicipalResponsibility);
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            all = all.Where(x => statuses.Contains(x.Case.Status));
        }

        if (query.From is { } from)
        {
            var utc = from.ToUniversalTime();
            all = all.Where(x => x.Signal.ReceivedAt >= utc);
        }

        if (query.To is { } to)
        {
            var utc = to.ToUniversalTime();
            all = all.Where(x => x.Signal.ReceivedAt < utc);
        }

        if (query.District is { } district)
        {
            all = all.Where(x => x.Signal.District == district);
        }

        return all;
    }

    private string Canonical(string registrationIndex) =>
        cases.Format.TryParse(registrationIndex, out var index) ? index.ToString() : registrationIndex.Trim();

    /// <summary>
    /// Null when every photo is a live document uploaded under the signal's own case id (as the portal uploads
    /// them before the case exists); otherwise what to change. A document of another case is answered like one that
    /// does not exist, so a caller learns nothing about it and cannot make it part of their signal.
    /// </summary>
    private async Task<SignalFieldError?> PhotoErrorAsync(NewSignal request, CancellationToken cancellationToken)
    {
        if (request.PhotoIds.Count == 0)
        {
            return null;
        }

        // Without a case id known before filing, nothing can have been uploaded under it.
        var refused = documents is null
            ? request.PhotoIds
            : await documents.NotOfCaseAsync(request.CaseId, request.PhotoIds, cancellationToken);
        if (refused.Count == 0)
        {
            return null;
        }

        var ids = string.Join(", ", refused);
        return new SignalFieldError(
            $"Няма качена снимка {ids} към този сигнал. "
            + "Качете снимките отново.",
            $"No photo {ids} was uploaded with this signal. Upload the photos again.");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // Stored in UTC whatever the clock's offset: PostgreSQL's timestamptz takes nothing else.
    private DateTimeOffset Now() => time.GetUtcNow().ToUniversalTime();
}
