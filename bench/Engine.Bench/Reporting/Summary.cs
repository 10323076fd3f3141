using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CaseSystem.Engine.Bench.Reporting;

/// <summary>
/// Turns the JSON lines of a run into the medians of each measurement and the ratios the issue sets targets
/// for. Only ratios between engines measured in the same run are compared: the machines are shared and noisy.
/// </summary>
internal static class Summary
{
    private const string Ours = "ours";
    private const string WorkflowCore = "workflowcore";
    private const string Floor = "floor";

    public static string Render(IEnumerable<string> lines, int workflowCoreCap)
    {
        // Figures are written the same way on every machine: the interpolations below follow the current culture.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return RenderInvariant(lines, workflowCoreCap);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static string RenderInvariant(IEnumerable<string> lines, int workflowCoreCap)
    {
        var rows = lines.Where(l => l.StartsWith('{')).Select(Row.Parse).ToList();
        var medians = rows
            .GroupBy(r => (r.Scenario, r.Size, r.Engine, r.Kept))
            .Select(g => Row.Median(g.ToList()))
            .OrderBy(r => r.Scenario, StringComparer.Ordinal).ThenBy(r => r.Size).ThenBy(r => r.Engine)
            .ThenByDescending(r => r.Kept)
            .ToList();

        var text = new StringBuilder();
        Line(text, "Medians per measurement (each measurement is one process; runs = repetitions):");
        Line(text, "");
        Line(text, "| scenario | size | engine | kept | runs | per second | CPU µs/unit | CPU µs/step " +
            "| KB alloc/unit | KB live/unit |");
        Line(text, "|---|---:|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in medians)
        {
            Line(text, $"| {r.Scenario} | {r.Size:N0} | {r.Engine} | {(r.Kept ? "yes" : "no")} | {r.Runs} " +
                $"| {r.PerSecond:N0} | {r.CpuPerUnit:N2} | {r.CpuPerStep:N3} | {r.BytesPerUnit / 1024:N2} " +
                $"| {r.RetainedPerUnit / 1024:N2} |");
        }

        Line(text, "");
        Line(text, $"WorkflowCore ran at sizes up to {workflowCoreCap:N0} only; " +
            "its ratios compare the sizes both ran.");
        Line(text, "");
        Line(text, "| ratio | size | measured | target | |");
        Line(text, "|---|---:|---:|---|---|");

        Row? Find(string scenario, int size, string engine, bool kept = true) =>
            medians.Find(r => r.Scenario == scenario && r.Size == size && r.Engine == engine && r.Kept == kept);

        void Ratio(string name, int size, double? value, double target, bool atLeast, string format = "N2")
        {
            if (value is not { } v)
            {
                return;
            }

            var met = atLeast ? v >= target : v <= target;
            var bound = (atLeast ? "≥ " : "≤ ") + target.ToString(format, CultureInfo.InvariantCulture);
            Line(text, $"| {name} | {size:N0} | {v.ToString(format, CultureInfo.InvariantCulture)} | {bound} " +
                $"| {(met ? "met" : "MISSED")} |");
        }

        void Info(string name, int size, double? value)
        {
            if (value is { } v)
            {
                Line(text, $"| {name} | {size:N0} | {v:N2} | none | |");
            }
        }

        var seqSizes = medians.Where(r => r.Scenario == "seq10" && r.Engine == Ours).Select(r => r.Size)
            .Distinct().Order().ToList();
        foreach (var size in seqSizes)
        {
            var ours = Find("seq10", size, Ours);
            Ratio("seq10 instances/s, ours / WorkflowCore", size, ours?.PerSecond / Find("seq10", size, WorkflowCore)
                ?.PerSecond, 20, atLeast: true, "N1");
            Ratio("seq10 instances/s, ours / floor", size, ours?.PerSecond / Find("seq10", size, Floor)?.PerSecond,
                0.10, atLeast: true, "N3");
            Ratio("seq10 CPU µs per 10-step instance, ours", size, ours?.CpuPerUnit, 20, atLeast: false);
            Ratio("seq10 KB allocated per instance, ours", size, ours?.BytesPerUnit / 1024, 10, atLeast: false);
            Info("seq10 CPU µs per step, ours", size, ours?.CpuPerStep);
        }

        if (seqSizes.Count > 1)
        {
            var (small, large) = (seqSizes[0], seqSizes[^1]);
            Ratio($"seq10 instances/s, ours at {large:N0} / at {small:N0}", large,
                Find("seq10", large, Ours)?.PerSecond / Find("seq10", small, Ours)?.PerSecond, 0.90, atLeast: true);
            Info($"the same, instances dropped (--drop)", large,
                Find("seq10", large, Ours, kept: false)?.PerSecond
                / Find("seq10", small, Ours, kept: false)?.PerSecond);
        }

        foreach (var r in medians.Where(r => r.Scenario == "event-resume" && r.Engine == Ours))
        {
            Ratio("event-resume resumes/s, ours / WorkflowCore", r.Size,
                r.PerSecond / Find("event-resume", r.Size, WorkflowCore)?.PerSecond, 5, atLeast: true, "N1");
            Info("event-resume resumes/s, ours / floor", r.Size,
                r.PerSecond / Find("event-resume", r.Size, Floor)?.PerSecond);
        }

        foreach (var r in medians.Where(r => r.Scenario is "decision-loop" or "fork-join" && r.Engine == Ours))
        {
            Info($"{r.Scenario} instances/s, ours / WorkflowCore", r.Size,
                r.PerSecond / Find(r.Scenario, r.Size, WorkflowCore)?.PerSecond);
            Info($"{r.Scenario} instances/s, ours / floor", r.Size,
                r.PerSecond / Find(r.Scenario, r.Size, Floor)?.PerSecond);
            Info($"{r.Scenario} CPU µs per step, ours", r.Size, r.CpuPerStep);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private sealed record Row(
        string Scenario,
        int Size,
        string Engine,
        bool Kept,
        int Runs,
        double PerSecond,
        double CpuPerUnit,
        double CpuPerStep,
        double BytesPerUnit,
        double RetainedPerUnit)
    {
        public static Row Parse(string line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return new Row(
                root.GetProperty("scenario").GetString()!,
                root.GetProperty("size").GetInt32(),
                root.GetProperty("engine").GetString()!,
                root.GetProperty("kept").GetBoolean(),
                1,
                root.GetProperty("perSecond").GetDouble(),
                root.GetProperty("cpuMicrosecondsPerUnit").GetDouble(),
                root.GetProperty("cpuMicrosecondsPerStep").GetDouble(),
                root.GetProperty("bytesPerUnit").GetDouble(),
                root.GetProperty("retainedBytesPerUnit").GetDouble());
        }

        public static Row Median(List<Row> runs) => runs[0] with
        {
            Runs = runs.Count,
            PerSecond = MedianOf(runs.Select(r => r.PerSecond)),
            CpuPerUnit = MedianOf(runs.Select(r => r.CpuPerUnit)),
            CpuPerStep = MedianOf(runs.Select(r => r.CpuPerStep)),
            BytesPerUnit = MedianOf(runs.Select(r => r.BytesPerUnit)),
            RetainedPerUnit = MedianOf(runs.Select(r => r.RetainedPerUnit)),
        };

        private static double MedianOf(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
