namespace CaseSystem.Workflows.Engine.Expressions;

/// <summary>
/// Limits every JavaScript evaluation runs under. A script over any of them faults its activity at once, with an
/// incident naming the limit; the host and other instances carry on.
/// </summary>
public sealed class ScriptLimits
{
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Bytes the script may allocate during one evaluation.</summary>
    public long MemoryBytes { get; set; } = 64L * 1024 * 1024;

    public int MaxStatements { get; set; } = 1_000_000;

    public int MaxRecursionDepth { get; set; } = 256;
}
