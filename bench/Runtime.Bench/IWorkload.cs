namespace CaseSystem.Runtime.Bench;

/// <summary>One kind of unit of work, done by several loops at once against the benchmark database.</summary>
internal interface IWorkload : IDisposable
{
    /// <summary>Resets the tables and creates what the units will need: units numbered 0 to count - 1.</summary>
    Task SetUpAsync(int count, int workers);

    /// <summary>Does unit <paramref name="index"/>; false when it did not do what it should have.</summary>
    Task<bool> RunAsync(int index);

    /// <summary>How many rows the table the units write to holds (instances, or the baseline's documents).</summary>
    Task<long> CountRowsAsync();
}
