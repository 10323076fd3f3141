using System.Diagnostics;
using System.Globalization;
using CaseSystem.Runtime.Bench;
using CaseSystem.Runtime.Bench.Baseline;
using CaseSystem.Runtime.Bench.Database;
using CaseSystem.Runtime.Bench.Ours;
using CaseSystem.Runtime.Bench.Reporting;

// The durable runtime on PostgreSQL against a bare Npgsql transaction, one measurement per process:
//   CaseSystem.Runtime.Bench prepare <connection>                    schema, definitions, baseline tables
//   CaseSystem.Runtime.Bench fill <connection> <rows> [--journal]     finished instances, for accumulation
//   CaseSystem.Runtime.Bench <start|resume|baseline|baseline-default> <connection> <size> <workers> <empty|full>
//       <warm-up>
//   CaseSystem.Runtime.Bench summarize <results.jsonl>
// For start, "empty" empties the instance tables first and "full" leaves them as they are. The warm-up units run
// before the clock starts: the JIT takes thousands of runs to settle on its optimised code for EF Core and Npgsql,
// so more units follow in rounds until one compiles next to nothing (Settling).
const string Usage =
    "usage: CaseSystem.Runtime.Bench prepare <connection>\n" +
    "       CaseSystem.Runtime.Bench fill <connection> <rows> [--journal]\n" +
    "       CaseSystem.Runtime.Bench <start|resume|baseline|baseline-default> <connection> <size> <workers> " +
    "<empty|full> <warm-up>\n" +
    "       CaseSystem.Runtime.Bench summarize <results.jsonl>";

switch (args)
{
    case ["prepare", var connection]:
        await BenchDatabase.PrepareAsync(connection);
        return 0;

    case ["fill", var connection, var rows, ..] when Count(rows) is { } count && args.Length <= 4:
        var clock = Stopwatch.StartNew();
        var stateLength = await BenchDatabase.FillAsync(connection, count, withJournal: args is [.., "--journal"],
            done => Console.Error.WriteLine($"  {done:N0} of {count:N0} finished instances"));
        Console.Error.WriteLine($"  filled in {clock.Elapsed.TotalSeconds:N0} s; state of {stateLength:N0} chars");
        return 0;

    case ["summarize", var file]:
        Console.Write(Summary.Render(File.ReadAllLines(file)));
        return 0;

    case [var kind and ("start" or "resume" or "baseline" or "baseline-default"), var connection, var size, var workers,
            var table and ("empty" or "full"), var warmUp]
        when Count(size) is { } units && Count(workers) is { } loops && Count(warmUp) is { } warmUpUnits:
        using (IWorkload workload = kind switch
        {
            "start" => new StartWorkload(connection, clear: table == "empty"),
            "resume" => new ResumeWorkload(connection),
            "baseline-default" => new BaselineWorkload(connection, tuned: false),
            _ => new BaselineWorkload(connection, tuned: true),
        })
        {
            var measurement = await MeasureAsync(kind, table, workload, connection, warmUpUnits, units, loops);
            Console.WriteLine(measurement.ToJsonLine());
            return measurement.Failures == 0 ? 0 : 1;
        }

    default:
        await Console.Error.WriteLineAsync(Usage);
        return 2;
}

static int? Count(string text) =>
    int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

static async Task<Measurement> MeasureAsync(string kind, string table, IWorkload workload, string connection,
    int warmUp, int units, int workers)
{
    await workload.SetUpAsync(warmUp + Settling.MaxUnits + units, workers);
    var warmUpFailures = await Loops.RunAsync(0, warmUp, workers, workload.RunAsync);
    var (settlingUnits, settlingFailures) = await Settling.RunAsync(warmUp, workers, workload.RunAsync);
    var first = warmUp + settlingUnits;
    var rowsBefore = await workload.CountRowsAsync();

    var before = await ServerCounters.ReadAsync(connection);
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var failures = await Loops.RunAsync(first, units, workers, workload.RunAsync);
    clock.Stop();
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    var counted = await ServerCounters.ReadAsync(connection, since: before);

    return new Measurement(kind, table, units, workers, rowsBefore, warmUpFailures + settlingFailures + failures,
        clock.Elapsed, cpu, allocated, counted)
    {
        WarmUpUnits = first,
    };
}
