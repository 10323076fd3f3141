using System.Globalization;
using CaseSystem.Engine.Bench;
using CaseSystem.Engine.Bench.Floor;
using CaseSystem.Engine.Bench.Ours;
using CaseSystem.Engine.Bench.Reporting;
using CaseSystem.Engine.Bench.WorkflowCore;

// One measurement per process, so no engine runs warm on another's JIT, heap or thread pool:
//   CaseSystem.Engine.Bench <seq10|decision-loop|fork-join|event-resume> <size> <ours|workflowcore|floor> [--drop]
// where --drop lets finished instances go at once instead of keeping them as an in-memory store would;
// and, for run-engine.sh, the table of ratios from the JSON lines collected:
//   CaseSystem.Engine.Bench summarize <results.jsonl> <largest WorkflowCore size>
const string Usage =
    "usage: CaseSystem.Engine.Bench <seq10|decision-loop|fork-join|event-resume> <size> <ours|workflowcore|floor>" +
    " [--drop]\n" +
    "       CaseSystem.Engine.Bench summarize <results.jsonl> <largest WorkflowCore size>";

if (args is ["summarize", var file, var cap])
{
    Console.Write(Summary.Render(File.ReadAllLines(file), int.Parse(cap, CultureInfo.InvariantCulture)));
    return 0;
}

var drop = args is [_, _, _, "--drop"];
if (args.Length != (drop ? 4 : 3)
    || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size <= 0)
{
    await Console.Error.WriteLineAsync(Usage);
    return 2;
}

var scenario = Scenarios.Parse(args[0]);
await using IBenchTarget target = args[2] switch
{
    "ours" => new OursBench(),
    "workflowcore" => new WorkflowCoreBench(),
    "floor" => new FloorBench(),
    _ => throw new ArgumentException($"Unknown engine '{args[2]}'; use ours, workflowcore or floor."),
};

var options = new BenchOptions(size, Timeout: TimeSpan.FromMinutes(5), KeepInstances: !drop);
var measurement = await target.MeasureAsync(scenario, options);
Console.WriteLine(measurement.ToJsonLine());
return 0;
