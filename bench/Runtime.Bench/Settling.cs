using System.Runtime;
using Npgsql;

namespace CaseSystem.Runtime.Bench;

/// <summary>
/// Rounds of units after the warm-up until the JIT has settled: tiered compilation goes on replacing methods with
/// optimised ones (first instrumented, then with profile-guided optimisation) for thousands of units after the
/// last new method ran, and on two cores its thread takes CPU from the units being measured. A round that compiles
/// at most <see cref="SettledMethods"/> methods ends the warm-up; so does the last of <see cref="MaxRounds"/>.
/// </summary>
internal static class Settling
{
    public const int RoundUnits = 500;

    public const int MaxRounds = 24;

    public const int SettledMethods = 5;

    /// <summary>The most units the rounds take, which a workload must have ready besides the warm-up's.</summary>
    public const int MaxUnits = RoundUnits * MaxRounds;

    /// <returns>How many units the rounds took, and how many of them failed.</returns>
    public static async Task<(int Units, int Failures)> RunAsync(int first, int workers, Func<int, Task<bool>> unit)
    {
        // Reading the server's counters empties the pools, so the measurement begins on new connections: the
        // rounds do as well, so that opening them is compiled before the clock starts too.
        NpgsqlConnection.ClearAllPools();
        var units = 0;
        var failures = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            failures += await Loops.RunAsync(first + units, RoundUnits, workers, unit);
            units += RoundUnits;
            if (JitInfo.GetCompiledMethodCount() - compiled <= SettledMethods)
            {
                break;
            }
        }

        return (units, failures);
    }
}
