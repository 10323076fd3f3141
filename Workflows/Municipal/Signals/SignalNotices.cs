using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// Adds a signal's citizen notifications to the context, unsaved, for the caller's transaction: status changes
/// to the sender and every follower, the rest to the sender only. An anonymous sender, or one reachable neither by
/// account nor by e-mail (they get the letter by post), gets none.
/// </summary>
internal static class SignalNotices
{
    public static async Task StatusAsync(MunicipalDbContext db, SignalRecord signal, CaseRecord @case,
        CaseStatus status, string? note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var index = @case.RegistrationIndex;
        var subject = SignalTexts.StatusSubject(index);
        var text = SignalTexts.StatusText(index, status, note);
        ToSender(db, signal, @case, CitizenNotificationRecord.Status, subject, text, null, now);

        // A follower is not the sender: the note stays the sender's, the status is everyone's.
        var general = SignalTexts.StatusText(index, status, null);
        var followers = await db.SignalFollowers.AsNoTracking()
            .Where(f => f.SignalId == signal.Id)
            .ToListAsync(cancellationToken);
        foreach (var follower in followers)
        {
            db.CitizenNotifications.Add(new CitizenNotificationRecord
            {
                CaseId = @case.Id, Kind = CitizenNotificationRecord.Status, AccountId = follower.AccountId,
                Email = follower.Email, ToFollower = true, Language = follower.Language, SubjectBg = subject.Bg,
                SubjectEn = subject.En, TextBg = general.Bg, TextEn = general.En, CreatedAt = now,
            });
        }
    }

    public static void ToSender(MunicipalDbContext db, SignalRecord signal, CaseRecord @case, string kind,
        (string Bg, string En) subject, (string Bg, string En) text, Guid? documentId, DateTimeOffset now)
    {
        if (signal.Anonymous || (@case.OwnerAccountId is null && @case.ContactEmail is null))
        {
            return;
        }

        db.CitizenNotifications.Add(new CitizenNotificationRecord
        {
            CaseId = @case.Id, Kind = kind, AccountId = @case.OwnerAccountId, Email = @case.ContactEmail,
            Language = signal.Language, SubjectBg = subject.Bg, SubjectEn = subject.En, TextBg = text.Bg,
            TextEn = text.En, DocumentId = documentId, CreatedAt = now,
        });
    }
}
