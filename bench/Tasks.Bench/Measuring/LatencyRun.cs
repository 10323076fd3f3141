using System.Diagnostics;
using CaseSystem.Tasks.Bench.Seeding;

namespace CaseSystem.Tasks.Bench.Measuring;

/// <summary>
/// One query at a time (latency, not throughput), for a random clerk each round: the two inbox tabs and the two
/// baselines, in an order that rotates every round so that none always follows another. Warm-up rounds run the
/// same way before anything is recorded. A query slow enough to take the whole time may be left to every
/// <c>groupsEvery</c>-th round; the others still run every round.
/// </summary>
internal static class LatencyRun
{
    public const string Mine = "mine";
    public const string MyGroups = "my groups";
    public const string TaskById = "baseline: task by primary key";
    public const string SelectOne = "baseline: SELECT 1";
    public const string Proposed = "my groups, EXPERIMENTAL proposed shape (plain SQL)";

    public static async Task<RunResult> RunAsync(InboxQueries inbox, Baseline baseline, Population population,
        int warmUp, int rounds, int groupsEvery, ProposedMyGroups? proposed, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(progress);

        var kinds = new List<(Latencies Times, int Every, Func<int, int, Task<int>> Run)>
        {
            (new(Mine), 1, async (user, _) =>
                (await inbox.ListAsync(InboxQueries.Clerk(population, user), InboxQueries.Mine)).Total),
            (new(MyGroups), groupsEvery, async (user, _) =>
                (await inbox.ListAsync(InboxQueries.Clerk(population, user), InboxQueries.MyGroups)).Total),
            (new(TaskById), 1, (_, round) => baseline.TaskByIdAsync(round)),
            (new(SelectOne), 1, (_, _) => baseline.SelectOneAsync()),
        };
        if (proposed is not null)
        {
            kinds.Add((new(Proposed), 1, (user, _) => proposed.ListAsync(population, user)));
        }


        // The same clerks in the same order on every run.
        var random = new Random(20261203);
        for (var round = 0; round < warmUp + rounds; round++)
        {
            var user = random.Next(1, population.Users + 1);
            for (var k = 0; k < kinds.Count; k++)
            {
                var (times, every, run) = kinds[(round + k) % kinds.Count];
                if (round % every != 0)
                {
                    continue;
                }

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
