namespace CaseSystem.Host.Tests.Support;

/// <summary>
/// A clock the test sets, for the host's <see cref="TimeProvider"/>: the engine's deadlines, the inbox's due-date
/// marks. Hangfire keeps its own time.
/// </summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);
}
