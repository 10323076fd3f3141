using System.Globalization;

namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// Ids for instances, bookmarks and tasks: 32 hex characters, a millisecond timestamp first so they sort by
/// creation, then 80 random bits. Cheaper than a version 7 GUID, which reads the system's random source on
/// every call; a clash would need two ids in the same millisecond to draw the same 80 bits.
/// </summary>
public static class Ids
{
    public static string New()
    {
        var milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var random = ((ulong)Random.Shared.NextInt64() << 1) ^ (ulong)Random.Shared.Next(2);
        var extra = (ushort)Random.Shared.Next(ushort.MaxValue + 1);
        return string.Create(32, (milliseconds, random, extra), static (chars, state) =>
        {
            state.milliseconds.TryFormat(chars[..12], out _, "x12", CultureInfo.InvariantCulture);
            state.random.TryFormat(chars.Slice(12, 16), out _, "x16", CultureInfo.InvariantCulture);
            state.extra.TryFormat(chars.Slice(28, 4), out _, "x4", CultureInfo.InvariantCulture);
        });
    }
}
