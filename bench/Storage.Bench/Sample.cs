namespace CaseSystem.Storage.Bench;

/// <param name="Side">ours or raw.</param>
/// <param name="Direction">upload or download.</param>
/// <param name="Size">Bytes per object.</param>
/// <param name="Objects">Objects moved one after another inside the clock.</param>
/// <param name="Round">The repetition; the samples of one round ran next to each other.</param>
/// <param name="Seconds">Wall time of the whole batch.</param>
internal sealed record Sample(string Side, string Direction, int Size, int Objects, int Round, double Seconds)
{
    /// <summary>Megabytes (10^6 bytes) of content per second of wall time.</summary>
    public double MegabytesPerSecond => (double)Size * Objects / 1e6 / Seconds;
}
