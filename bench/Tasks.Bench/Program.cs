using System.Diagnostics;
using System.Globalization;
using CaseSystem.Tasks.Bench.Measuring;
using CaseSystem.Tasks.Bench.Reporting;
using CaseSystem.Tasks.Bench.Seeding;

// The clerks' inbox over a million human tasks on PostgreSQL, one query at a time:
//   CaseSystem.Tasks.Bench seed <connection> <tasks> <users> <departments>
//   CaseSystem.Tasks.Bench measure <connection> <tasks> <users> <departments> <rounds> <warm-up> <samples.csv>
// Progress goes to standard error, the report (Markdown) to standard output.
const string Usage =
    "usage: CaseSystem.Tasks.Bench seed <connection> <tasks> <users> <departments>\n" +
    "       CaseSystem.Tasks.Bench measure <connection> <tasks> <users> <departments> <rounds> <warm-up> " +
    "<samples.csv>";

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

    case ["measure", var connection, var tasks, var users, var departments, var rounds, var warmUp, var samples]
        when PopulationOf(tasks, users, departments) is { } population && Count(rounds) is { } measured
            && Count(warmUp) is { } warmUpRounds:
        RunResult result;
        using (var inbox = new InboxQueries(connection))
        await using (var baseline = await Baseline.CreateAsync(connection))
        {
            result = await LatencyRun.RunAsync(inbox, baseline, population, warmUpRounds, measured,
                step => Console.Error.WriteLine($"  {step}"));
        }

        Console.Write(Report.Render("As migrated", result, warmUpRounds, population.Users));

        // User 1 stands for any clerk: every department has as many clerks and, on average, as many tasks.
        Console.WriteLine("Plans:\n\n```");
        Console.Write(await QueryPlans.ExplainAsync(connection, population, 1, "mine", InboxQueries.Mine));
        Console.Write(await QueryPlans.ExplainAsync(connection, population, 1, "my groups", InboxQueries.MyGroups));
        Console.Write(await QueryPlans.ExplainAsync(connection, population, 1, "both", InboxQueries.Both));
        Console.WriteLine("```\n");
        await File.AppendAllLinesAsync(samples, Report.Samples("as migrated", result));
        return 0;

    default:
        await Console.Error.WriteLineAsync(Usage);
        return 2;
}

static int? Count(string text) =>
    int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

static Population? PopulationOf(string tasks, string users, string departments) =>
    Count(tasks) is { } t && Count(users) is { } u && Count(departments) is { } d ? new(t, u, d) : null;
