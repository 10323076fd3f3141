namespace CaseSystem.Workflows.Runtime;

/// <summary>Settings of the durable runtime; the host binds them from the <c>Runtime</c> section.</summary>
public sealed class RuntimeOptions
{
    /// <summary>How long a stimulus that matched nothing waits for a bookmark to appear.</summary>
    public TimeSpan StimulusTimeToLive { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the worker looks for queued instances and stimuli left by a host that stopped.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A stimulus older than this and still unprocessed is taken over by any host's worker.</summary>
    public TimeSpan StimulusGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many queued instances one worker pass takes.</summary>
    public int BatchSize { get; set; } = 50;
}
