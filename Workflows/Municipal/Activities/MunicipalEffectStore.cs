using System.Data.Common;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Registration;
using CaseSystem.Workflows.Municipal.Signals;
using CaseSystem.Workflows.Municipal.Tasks;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>
/// Carries out the municipal activities' effects in the run's transaction, on its connection, in the order they
/// were asked for: statuses, duplicates, routing, deadlines, letters and the notifications that go with them. So
/// a case's status, its notifications and the workflow's step commit together; a run that rolls back leaves none,
/// and its replay asks again.
/// </summary>
public sealed class MunicipalEffectStore(
    RegistrationIndexFormat format, SignalLetters letters, TimeProvider time,
    ILogger<MunicipalEffectStore>? logger = null) : IRunEffectStore
{
    private readonly ILogger _logger = logger ?? NullLogger<MunicipalEffectStore>.Instance;

    public async Task SaveAsync(RunEffectBatch batch, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(transaction);
        if (!batch.Effects.Any(e => e is CaseStatusEffect or PossibleDuplicatesEffect or RouteEffect
                or DeadlineEffect or LetterEffect or ReopenTakenEffect))
        {
            return;
        }

        await using var db = MunicipalDbContext.On(connection);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var register = new DocumentRegister(db, format, time, NullLogger<DocumentRegister>.Instance);
        var cases = new CaseService(db, register, format, new IdentifierApplicantValidator(), time,
            NullLogger<CaseService>.Instance);
        foreach (var effect in batch.Effects)
        {
            var done = effect switch
            {
                CaseStatusEffect status => StatusAsync(db, cases, batch, status, cancellationToken),
                PossibleDuplicatesEffect duplicates => DuplicatesAsync(db, duplicates, cancellationToken),
                RouteEffect route => RouteAsync(db, route, cancellationToken),
                DeadlineEffect deadline => DeadlineAsync(db, batch, deadline, cancellationToken),
                LetterEffect letter => LetterAsync(db, register, transaction, batch, letter, cancellationToken),
                ReopenTakenEffect reopen => ReopenTakenAsync(db, reopen, cancellationToken),
                _ => Task.CompletedTask,
            };
            await done;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task StatusAsync(MunicipalDbContext db, CaseService cases, RunEffectBatch batch,
        CaseStatusEffect effect, CancellationToken cancellationToken)
    {
        var note = effect.Note ?? (effect.Closure is { } reason ? SignalTexts.Reason(reason).Bg : null);
        try
        {
            await cases.ChangeStatusAsync(effect.CaseId, effect.Status, note, TaskActions.System, cancellationToken);
        }
        catch (CaseStatusException e)
        {
            // The workflow moves on all the same; the case keeps the status its rules allow.
            Log.StatusChangeRefused(_logger, batch.InstanceId, effect.CaseId, effect.Status, e.Message);
            return;
        }

        var signal = await db.Signals.SingleOrDefaultAsync(s => s.Id == effect.CaseId, cancellationToken);
        var @case = await db.Cases.SingleAsync(c => c.Id == effect.CaseId, cancellationToken);
        if (signal is null)
        {
            return;
        }

        var now = Now();
        switch (effect.Status)
        {
            case CaseStatus.Fixed:
                signal.ResolvedAt = now;
                signal.Closure = SignalClosure.Resolved;
                break;
            case CaseStatus.Reopened:
                signal.Closure = null;
                signal.DuplicateOf = null;
                break;
            case var closing when CaseService.IsClosing(closing):
                signal.Closure = effect.Closure ?? closing switch
                {
                    CaseStatus.Duplicate => SignalClosure.Duplicate,
                    CaseStatus.NotMunicipalResponsibility => SignalClosure.NotMunicipalResponsibility,
                    _ => SignalClosure.Rejected,
                };
                break;
        }

        if (effect.Status == CaseStatus.Duplicate && effect.DuplicateOf is { } index)
        {
            await FollowOriginalAsync(db, cases.Format, signal, @case, index, now, cancellationToken);
        }

        if (effect.Notify)
        {
            await SignalNotices.StatusAsync(db, signal, @case, effect.Status, note, now, cancellationToken);
        }
    }

    /// <summary>The sender of a duplicate follows the signal it repeats, as if they had chosen to.</summary>
    private static async Task FollowOriginalAsync(MunicipalDbContext db, RegistrationIndexFormat format,
        SignalRecord signal, CaseRecord @case, string index, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var canonical = format.TryParse(index, out var parsed) ? parsed.ToString() : index;
        var original = await db.Cases.AsNoTracking()
            .Where(c => c.RegistrationIndex == canonical && c.Id != signal.Id)
            .Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (original is null)
        {
            return;
        }

        signal.DuplicateOf = original;
        if (signal.Anonymous || (@case.OwnerAccountId is null && @case.ContactEmail is null))
        {
            return;
        }

        var follows = await db.SignalFollowers.AnyAsync(f => f.SignalId == original
            && ((@case.OwnerAccountId != null && f.AccountId == @case.OwnerAccountId)
                || (@case.ContactEmail != null && f.Email == @case.ContactEmail)), cancellationToken);
        if (!follows)
        {
            db.SignalFollowers.Add(new SignalFollowerRecord
            {
                SignalId = original.Value, AccountId = @case.OwnerAccountId,
                Email = @case.ContactEmail?.ToLowerInvariant(), Language = signal.Language, CreatedAt = now,
            });
        }
    }

    private async Task DuplicatesAsync(MunicipalDbContext db, PossibleDuplicatesEffect effect,
        CancellationToken cancellationToken)
    {
        var known = await db.SignalDuplicates.Where(d => d.SignalId == effect.SignalId)
            .Select(d => d.CandidateId)
            .ToListAsync(cancellationToken);
        var now = Now();
        db.SignalDuplicates.AddRange(effect.Candidates.Where(c => !known.Contains(c.Id)).Select(c =>
            new SignalDuplicateRecord
            {
                SignalId = effect.SignalId, CandidateId = c.Id, DistanceMetres = c.Metres, FoundAt = now,
            }));
    }

    private async Task RouteAsync(MunicipalDbContext db, RouteEffect effect, CancellationToken cancellationToken)
    {
        var now = Now();
        await db.Cases.Where(c => c.Id == effect.CaseId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.DepartmentCode, effect.Department)
            .SetProperty(c => c.UpdatedAt, now), cancellationToken);
        await db.Signals.Where(s => s.Id == effect.CaseId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Department, effect.Department), cancellationToken);
    }

    private async Task DeadlineAsync(MunicipalDbContext db, RunEffectBatch batch, DeadlineEffect effect,
        CancellationToken cancellationToken)
    {
        var signal = await db.Signals.SingleOrDefaultAsync(s => s.Id == effect.SignalId, cancellationToken);
        if (signal is null)
        {
            Log.SignalMissing(_logger, batch.InstanceId, nameof(DeadlineEffect), effect.SignalId);
            return;
        }

        signal.DecisionDueAt = effect.DueAt.ToUniversalTime();
        if (!effect.Extended)
        {
            return;
        }

        signal.Extensions++;
        var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == signal.Id, cancellationToken);
        SignalNotices.ToSender(db, signal, @case, CitizenNotificationRecord.Extension,
            SignalTexts.ExtensionSubject(@case.RegistrationIndex),
            SignalTexts.ExtensionText(@case.RegistrationIndex, effect.DueAt), null, Now());
    }

    private async Task LetterAsync(MunicipalDbContext db, DocumentRegister register, DbTransaction transaction,
        RunEffectBatch batch, LetterEffect effect, CancellationToken cancellationToken)
    {
        var signal = await db.Signals.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == effect.CaseId, cancellationToken);
        var @case = await db.Cases.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == effect.CaseId, cancellationToken);
        if (signal is null || @case is null)
        {
            Log.SignalMissing(_logger, batch.InstanceId, nameof(LetterEffect), effect.CaseId);
            return;
        }

        // Nothing is owed to a sender nobody knows: an anonymous signal is registered and closed, never answered.
        if (signal.Anonymous)
        {
            return;
        }

        var entry = await letters.IssueAsync(db, register, format, transaction, signal, @case, effect,
            cancellationToken);
        SignalNotices.ToSender(db, signal, @case, CitizenNotificationRecord.Decision,
            SignalTexts.DecisionSubject(@case.RegistrationIndex),
            SignalTexts.DecisionText(@case.RegistrationIndex, entry.RegistrationIndex), effect.DocumentId, Now());
        Log.LetterIssued(_logger, entry.RegistrationIndex, effect.DocumentId, @case.Id, letters.Signs);
    }

    private static Task<int> ReopenTakenAsync(MunicipalDbContext db, ReopenTakenEffect effect,
        CancellationToken cancellationToken) =>
        db.Signals.Where(s => s.Id == effect.SignalId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.ReopenRequestedAt, (DateTimeOffset?)null)
            .SetProperty(r => r.Reopenings, r => r.Reopenings + 1), cancellationToken);

    private DateTimeOffset Now() => time.GetUtcNow().ToUniversalTime();
}
