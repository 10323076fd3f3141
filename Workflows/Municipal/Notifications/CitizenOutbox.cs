using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Notifications;

/// <summary>
/// The citizens' notifications waiting to be sent. The host's sender (e-mail) takes a batch, sends each, and marks
/// it sent or failed; a notification marked neither is taken again, so a crash repeats a message at worst.
/// The host's <c>OutboxDispatcher</c> does so every <c>Mail:OutboxInterval</c>.
/// </summary>
public sealed class CitizenOutbox(MunicipalDbContext db, TimeProvider time)
{
    /// <summary>The oldest unsent notifications that have an e-mail address, fewer than
    /// <paramref name="maxAttempts"/> tries so far.</summary>
    public async Task<IReadOnlyList<CitizenNotificationRecord>> PendingAsync(
        int limit = 50, int maxAttempts = 5, CancellationToken cancellationToken = default)
    {
        return await db.CitizenNotifications.AsNoTracking()
            .Where(n => n.SentAt == null && n.Email != null && n.Attempts < maxAttempts)
            .OrderBy(n => n.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>A citizen's notifications (by account), newest first, for the portal.</summary>
    public async Task<IReadOnlyList<CitizenNotificationRecord>> ForAccountAsync(
        string accountId, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        return await db.CitizenNotifications.AsNoTracking()
            .Where(n => n.AccountId == accountId)
            .OrderByDescending(n => n.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CitizenNotificationRecord>> ForCaseAsync(
        Guid caseId, CancellationToken cancellationToken = default)
    {
        return await db.CitizenNotifications.AsNoTracking()
            .Where(n => n.CaseId == caseId)
            .OrderBy(n => n.Id)
            .ToListAsync(cancellationToken);
    }

    public Task MarkSentAsync(long id, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        return db.CitizenNotifications.Where(n => n.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.SentAt, now)
            .SetProperty(n => n.Attempts, n => n.Attempts + 1), cancellationToken);
    }

    /// <summary>Counts a failed try and keeps its error (never the message's text: it may name the citizen).
    /// </summary>
    public Task MarkFailedAsync(long id, string error, CancellationToken cancellationToken = default)
    {
        var shortened = error.Length > 500 ? error[..500] : error;
        return db.CitizenNotifications.Where(n => n.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.LastError, shortened)
            .SetProperty(n => n.Attempts, n => n.Attempts + 1), cancellationToken);
    }
}
