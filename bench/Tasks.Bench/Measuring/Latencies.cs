namespace CaseSystem.Tasks.Bench.Measuring;

/// <summary>The elapsed times of one kind of query, in milliseconds, and their percentiles.</summary>
internal sealed class Latencies(string name)
{
    private readonly List<double> _milliseconds = [];
    private long _found;

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    public IReadOnlyList<double> Samples => _milliseconds;

    /// <summary>How many tasks the query found per run, on average (all pages, not only the first).</summary>
    public double MeanFound => _found / (double)Math.Max(1, Count);

    public void Add(double milliseconds, int found)
    {
        _milliseconds.Add(milliseconds);
        _found += found;
    }

    public double Median => Percentile(50);

    public double Max => _milliseconds.Max();

    public double Mean => _milliseconds.Average();

    /// <summary>The nearest-rank percentile: the smallest sample at or above <paramref name="percent"/>% of them.
    /// </summary>
    public double Percentile(double percent)
    {
        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
