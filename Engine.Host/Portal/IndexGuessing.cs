using System.Threading.RateLimiting;

namespace CaseSystem.Host.Portal;

/// <summary>
/// Wrong access codes counted per registration index, across every client: many addresses cannot share the
/// guessing of one request's code. Only wrong codes count, so the request's owner is turned away only while someone
/// has just spent the index's attempts, and then even the right code waits for the window to pass (else the limit
/// would tell a guesser when they had hit). Counted in this host's memory.
/// </summary>
public sealed class IndexGuessing(int permits, TimeSpan window) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _wrong = PartitionedRateLimiter.Create<string, string>(index =>
        RateLimitPartition.GetFixedWindowLimiter(index, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window, QueueLimit = 0,
        }));

    public TimeSpan Window => window;

    /// <summary>True when the index's wrong codes are spent for this window.</summary>
    public bool Exhausted(string index)
    {
        using var probe = _wrong.AttemptAcquire(index, permitCount: 0);
        return !probe.IsAcquired;
    }

    /// <summary>Counts one wrong code (or unknown index) against <paramref name="index"/>.</summary>
    public void Wrong(string index)
    {
        using var _ = _wrong.AttemptAcquire(index);
    }

    public void Dispose() => _wrong.Dispose();
}
