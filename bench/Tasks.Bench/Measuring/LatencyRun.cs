using System.Diagnostics;
using CaseSystem.Tasks.Bench.Seeding;

namespace CaseSystem.Tasks.Bench.Measuring;

/// <summary>
/// One query at a time (latency, not throughput), for a random clerk each round: the two inbox tabs and the two
/// baselines, in an order that rotates every round so that none always follows another. Warm-up rounds run the
/// same way before anything is recorded.
/// </summary>
internal static class LatencyRun
{
    public const string Mine = "mine";
    public const string MyGroups = "my groups";
    public const string TaskById = "baseline: task by primary key";
    public const string SelectOne = "baseline: SELECT 1";
    public const string Both = "mine and my groups";

    public static async Task<RunResult> RunAsync(InboxQueries inbox, Baseline baseline, Population population,
        int warmUp, int rounds, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(progress);

        var kinds = new List<(Latencies Times, Func<int, int, Task<int>> Run)>
        {
            (new(Mine), async (user, _) =>
                (await inbox.ListAsync(InboxQueries.Clerk(population, user), InboxQueries.Mine)).Total),
            (new(MyGroups), async (user, _) =>
                (await inbox.ListAsync(InboxQueries.Clerk(population, user), InboxQueries.MyGroups)).Total),
            (new(Both), async (user, _) =>
                (await inbox.ListAsync(InboxQueries.Clerk(population, user), InboxQueries.Both)).Total),
            (new(TaskById), (_, round) => baseline.TaskByIdAsync(round)),
            (new(SelectOne), (_, _) => baseline.SelectOneAsync()),
        };

        // The same clerks in the same order on every run.
        var random = new Random(20261203);
        for (var round = 0; round < warmUp + rounds; round++)
        {
            var user = random.Next(1, population.Users + 1);
            for (var k = 0; k < kinds.Count; k++)
            {
                var (times, run) = kinds[(round + k) % kinds.Count];
                var started = Stopwatch.GetTimestamp();
                var size = await run(user, round);
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (round >= warmUp)
                {
                    times.Add(elapsed.TotalMilliseconds, size);
                }
            }

            if ((round + 1) % 500 == 0)
            {
                progress($"{round + 1:N0} of {warmUp + rounds:N0} rounds");
            }
        }

        return new RunResult([.. kinds.Select(k => k.Times)]);
    }
}

/// <param name="Kinds">The times of each kind of query.</param>
internal sealed record RunResult(IReadOnlyList<Latencies> Kinds)
{
    public Latencies Of(string name) => Kinds.Single(k => k.Name == name);
}
