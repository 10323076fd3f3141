using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// Staff notifications waiting to be e-mailed (reminders, escalations, tasks delegated, handed back or given to
/// someone). The host's mail pass takes a batch, sends each to its recipient's address, and marks it e-mailed or
/// counts a failed try; the inbox shows them whether or not they were e-mailed.
/// </summary>
public sealed class StaffOutbox(MunicipalDbContext db, TimeProvider time)
{
    /// <summary>The oldest not yet e-mailed, fewer than <paramref name="maxAttempts"/> tries so far.</summary>
    public async Task<IReadOnlyList<NotificationRecord>> PendingAsync(
        int limit = 50, int maxAttempts = 5, CancellationToken cancellationToken = default) =>
        await db.Notifications.AsNoTracking()
            .Where(n => n.EmailedAt == null && n.EmailAttempts < maxAttempts)
            .OrderBy(n => n.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public Task MarkEmailedAsync(long id, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        return db.Notifications.Where(n => n.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, now), cancellationToken);
    }

    /// <summary>Counts a failed try; with <paramref name="giveUp"/> (no address to send to) no try follows.
    /// </summary>
    public Task MarkFailedAsync(long id, bool giveUp, int maxAttempts, CancellationToken cancellationToken = default) =>
        db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(n => n.EmailAttempts, n => giveUp ? maxAttempts : n.EmailAttempts + 1),
            cancellationToken);
}
