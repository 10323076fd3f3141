namespace CaseSystem.Runtime.Bench;

/// <summary>Several loops that take the next unit number until none is left, as host workers would.</summary>
internal static class Loops
{
    /// <returns>How many units failed.</returns>
    public static async Task<int> RunAsync(int first, int count, int workers, Func<int, Task<bool>> unit)
    {
        var next = first - 1;
        var end = first + count;
        var failures = 0;
        var loops = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < end)
            {
                if (!await unit(index))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        await Task.WhenAll(loops);
        return failures;
    }
}
