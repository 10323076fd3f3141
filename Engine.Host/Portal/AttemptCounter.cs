using System.Threading.RateLimiting;

namespace CaseSystem.Host.Portal;

/// <summary>
/// Attempts counted per key in fixed windows, in this host's memory: a page asks whether the key's attempts are
/// spent, and counts one when it is made.
/// </summary>
public class AttemptCounter(int permits, TimeSpan window) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _attempts = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window, QueueLimit = 0,
        }));

    public TimeSpan Window => window;

    /// <summary>The window in whole minutes, at least one, as the pages say it.</summary>
    public int WindowMinutes => Math.Max(1, (int)Math.Ceiling(window.TotalMinutes));

    /// <summary>True when the key's attempts are spent for this window.</summary>
    public bool Exhausted(string key)
    {
        using var probe = _attempts.AttemptAcquire(key, permitCount: 0);
        return !probe.IsAcquired;
    }

    /// <summary>Counts one attempt; false when the key had none left.</summary>
    public bool Count(string key)
    {
        using var lease = _attempts.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _attempts.Dispose();
        }
    }
}

/// <summary>
/// Wrong access codes counted per registration index, across every client: many addresses cannot share the
/// guessing of one request's code. Only wrong codes count, so the request's owner is turned away only while someone
/// has just spent the index's attempts, and then even the right code waits for the window to pass (else the limit
/// would tell a guesser when they had hit).
/// </summary>
public sealed class IndexGuessing(int permits, TimeSpan window) : AttemptCounter(permits, window);

/// <summary>
/// Photos uploaded to signal drafts by people who are not signed in, counted per client: correcting the form cannot
/// fill the document store.
/// </summary>
public sealed class PhotoUploads(int permits, TimeSpan window) : AttemptCounter(permits, window);
