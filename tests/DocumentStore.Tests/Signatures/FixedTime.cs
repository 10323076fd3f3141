namespace CaseSystem.DocumentStore.Tests.Signatures;

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
