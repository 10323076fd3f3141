using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace CaseSystem.Host.Workflows;

/// <summary>
/// Hangfire's loggers from the host's logger factory. Hangfire keeps its log provider in a static, which outlives
/// a host when one process runs several in turn (the tests do): once that host's factory is disposed, a logger
/// asked of it is a silent one rather than an <see cref="ObjectDisposedException"/> thrown into the job client.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static readonly SilentLog Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) =>
            false;
    }
}
