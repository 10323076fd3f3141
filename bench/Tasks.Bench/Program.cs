using System.Diagnostics;
using System.Globalization;
using CaseSystem.Tasks.Bench.Measuring;
using CaseSystem.Tasks.Bench.Reporting;
using CaseSystem.Tasks.Bench.Seeding;

// The clerks' inbox over a million human tasks on PostgreSQL, one query at a time:
//   CaseSystem.Tasks.Bench seed <connection> <tasks> <users> <departments>
//   CaseSystem.Tasks.Bench measure <connection> <tasks> <users> <departments> <rounds> <warm-up> <samples.csv>
//       [--experimental-index] [--groups-every N]
// "my groups" as migrated takes about a second a page over a million tasks: --groups-every N runs it in every N-th
// round only, so a run stays within minutes; the other queries run every round.
// Progress goes to standard error, the report (Markdown) to standard output.
const string Usage =
    "usage: CaseSystem.Tasks.Bench seed <connection> <tasks> <users> <departments>\n" +
    "       CaseSystem.Tasks.Bench measure <connection> <tasks> <users> <departments> <rounds> <warm-up> " +
    "<samples.csv> [--experimental-index] [--groups-every N]";

switch (args)
{
    case ["seed", var connection, var tasks, var users, var departments]
        when PopulationOf(tasks, users, departments) is { } population:
        var clock = Stopwatch.StartNew();
        await TaskSeed.MigrateAsync(connection);
        await TaskSeed.FillAsync(connection, population,
            step => Console.Error.WriteLine($"  {step}, {clock.Elapsed.TotalSeconds:N0} s"));
        Console.WriteLine($"Seeded {population.Tasks:N0} tasks for {population.Users:N0} clerks in " +
            $"{population.Departments} departments in {clock.Elapsed.TotalSeconds:N1} s (migrations, inserts, " +
            "candidates, VACUUM ANALYZE, CHECKPOINT):");
        Console.WriteLine();
        foreach (var (what, rows) in await TaskSeed.CountAsync(connection))
        {
            Console.WriteLine($"- {what}: {rows:N0}");
        }

        Console.WriteLine();
        return 0;

    case ["measure", var connection, var tasks, var users, var departments, var rounds, var warmUp, var samples, ..]
        when PopulationOf(tasks, users, departments) is { } population && Count(rounds) is { } measured
            && Count(warmUp) is { } warmUpRounds && MeasureOptions(args[8..]) is { } options:
        var (experimental, groupsEvery) = options;
        var label = experimental ? "With the EXPERIMENTAL index (not in the migrations)" : "As migrated";
        if (experimental)
        {
            Console.Error.WriteLine("  creating the experimental column and index");
            await ExperimentalIndex.CreateAsync(connection);
        }

        RunResult result;
        using (var inbox = new InboxQueries(connection))
        await using (var baseline = await Baseline.CreateAsync(connection))
        await using (var proposed = experimental ? new ProposedMyGroups(connection) : null)
        {
            result = await LatencyRun.RunAsync(inbox, baseline, population, warmUpRounds, measured, groupsEvery,
                proposed, step => Console.Error.WriteLine($"  {step}"));
        }

        Console.Write(Report.Render(label, result, warmUpRounds, population.Users));
        if (experimental)
        {
            Console.WriteLine("Experimental DDL:\n\n```sql\n" + ExperimentalIndex.Ddl + "\n```\n");
            using var inbox = new InboxQueries(connection);
            await using var proposed = new ProposedMyGroups(connection);
            Console.WriteLine(await proposed.CompareAsync(inbox, population, 20) + "\n");
        }

        // User 1 stands for any clerk: every department has as many clerks and, on average, as many tasks.
        Console.WriteLine("Plans (" + label + "):\n\n```");
        Console.Write(await QueryPlans.ExplainAsync(connection, population, 1, "mine", InboxQueries.Mine));
        Console.Write(await QueryPlans.ExplainAsync(connection, population, 1, "my groups", InboxQueries.MyGroups));
        if (experimental)
        {
            await using var proposedShape = new ProposedMyGroups(connection);
            Console.Write(await proposedShape.ExplainAsync(population, 1));
        }

        Console.WriteLine("```\n");
        await File.AppendAllLinesAsync(samples, Report.Samples(label, result));
        return 0;

    default:
        await Console.Error.WriteLineAsync(Usage);
        return 2;
}

// [--experimental-index] [--groups-every N]; null when anything else is there.
static (bool Experimental, int GroupsEvery)? MeasureOptions(string[] options) => options switch
{
    [] => (false, 1),
    ["--experimental-index"] => (true, 1),
    ["--groups-every", var n] when Count(n) is { } every => (false, every),
    ["--experimental-index", "--groups-every", var n] when Count(n) is { } every => (true, every),
    _ => null,
};

static int? Count(string text) =>
    int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

static Population? PopulationOf(string tasks, string users, string departments) =>
    Count(tasks) is { } t && Count(users) is { } u && Count(departments) is { } d ? new(t, u, d) : null;
