using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CaseSystem.Runtime.Bench.Reporting;

/// <summary>
/// Turns the JSON lines of a run into the medians of each measurement, the ratios the issue sets targets for,
/// and the statements the server ran per start and per resume. Only figures measured in the same run are
/// compared: the machines are shared and noisy.
/// </summary>
internal static class Summary
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(IEnumerable<string> lines)
    {
        var runs = lines.Where(l => l.StartsWith('{')).Select(Run.Parse).ToList();
        var medians = runs.GroupBy(r => (r.Kind, r.Table))
            .Select(g => Run.Median(g.ToList()))
            .OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Table, StringComparer.Ordinal)
            .ToList();
        Run? Find(string kind, string table = "empty") => medians.Find(r => r.Kind == kind && r.Table == table);

        var text = new StringBuilder();
        text.AppendLine("Medians per measurement (each one process; per unit = per start, resume or transaction):")
            .AppendLine()
            .AppendLine("| measurement | rows before | runs | units | per second | transactions | durable commits " +
                "| statements | server ms | WAL KB | client CPU µs | client KB alloc |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in medians)
        {
            text.AppendLine(Invariant, $"| {r.Kind} ({r.Table}) | {r.RowsBefore:N0} | {r.Runs} | {r.Size:N0} " +
                $"| {r.PerSecond:N0} | {r.Transactions:N2} | {r.DurableCommits:N2} | {r.Statements:N1} " +
                $"| {r.ServerMilliseconds:N2} | {r.WalBytes / 1024:N1} | {r.ClientCpu:N0} | {r.ClientKilobytes:N0} |");
        }

        var baseline = Find("baseline");
        var plain = Find("baseline-default");
        var start = Find("start");
        var resume = Find("resume");
        var full = Find("start", "full");
        text.AppendLine()
            .AppendLine("| ratio | measured | target | |")
            .AppendLine("|---|---:|---|---|");
        Ratio(text, "starts/s ÷ baseline transactions/s", start?.PerSecond / baseline?.PerSecond, "≥ 0.50",
            v => v >= 0.5);
        Ratio(text, "resumes/s ÷ baseline transactions/s", resume?.PerSecond / baseline?.PerSecond, "≥ 0.50",
            v => v >= 0.5);
        Ratio(text, "starts/s ÷ baseline with Npgsql's default settings", start?.PerSecond / plain?.PerSecond,
            "≥ 0.50", v => v >= 0.5);
        Ratio(text, "resumes/s ÷ baseline with Npgsql's default settings", resume?.PerSecond / plain?.PerSecond,
            "≥ 0.50", v => v >= 0.5);
        Ratio(text, string.Create(Invariant, $"starts/s, {full?.RowsBefore:N0} rows ÷ {start?.RowsBefore:N0} rows"),
            full?.PerSecond / start?.PerSecond, "0.90 to 1.10", v => Math.Abs(v - 1) < 0.10);
        Ratio(text, "durable commits per start", start?.DurableCommits, "1", v => v < 1.01);
        Ratio(text, "durable commits per resume", resume?.DurableCommits, "1", v => v < 1.01);
        Ratio(text, "transactions per start, read-only ones too", start?.Transactions, "none", null);
        Ratio(text, "transactions per resume, read-only ones too", resume?.Transactions, "none", null);
        Ratio(text, "client CPU per start ÷ per baseline transaction", start?.ClientCpu / baseline?.ClientCpu, "none",
            null);
        Ratio(text, "client CPU per resume ÷ per baseline transaction", resume?.ClientCpu / baseline?.ClientCpu,
            "none", null);

        foreach (var run in new[] { start, full, resume, baseline, plain })
        {
            if (run is null)
            {
                continue;
            }

            text.AppendLine()
                .AppendLine(Invariant, $"Statements per {run.Kind} ({run.Table}), from its run of median rate:")
                .AppendLine()
                .AppendLine("| calls | server ms | statement |")
                .AppendLine("|---:|---:|---|");
            foreach (var s in run.TopStatements)
            {
                var query = s.Query.Replace("|", "\\|", StringComparison.Ordinal);
                text.AppendLine(Invariant, $"| {s.Calls:N2} | {s.Milliseconds:N3} | `{query}` |");
            }
        }

        if (runs.Sum(r => r.Failures) is > 0 and var failures)
        {
            text.AppendLine().AppendLine(Invariant, $"FAILED UNITS: {failures} (see the JSON lines).");
        }

        return text.ToString();
    }

    private static void Ratio(StringBuilder text, string name, double? value, string target, Func<double, bool>? met)
    {
        if (value is not { } v)
        {
            return;
        }

        var verdict = met is null ? "" : met(v) ? "met" : "MISSED";
        text.AppendLine(Invariant, $"| {name} | {v:N2} | {target} | {verdict} |");
    }

    private sealed record Statement(string Query, double Calls, double Milliseconds);

    private sealed record Run(
        string Kind,
        string Table,
        int Size,
        long RowsBefore,
        int Failures,
        double PerSecond,
        double Transactions,
        double DurableCommits,
        double Statements,
        double ServerMilliseconds,
        double WalBytes,
        double ClientCpu,
        double ClientKilobytes,
        IReadOnlyList<Statement> TopStatements)
    {
        public int Runs { get; init; } = 1;

        public static Run Parse(string line)
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            double Number(string name) => r.GetProperty(name).GetDouble();
            return new Run(
                r.GetProperty("kind").GetString()!,
                r.GetProperty("table").GetString()!,
                r.GetProperty("size").GetInt32(),
                r.GetProperty("rowsBefore").GetInt64(),
                r.GetProperty("failures").GetInt32(),
                Number("perSecond"),
                Number("transactionsPerUnit"),
                Number("durableCommitsPerUnit"),
                Number("statementsPerUnit"),
                Number("serverMillisecondsPerUnit"),
                Number("walBytesPerUnit"),
                Number("clientCpuMicrosecondsPerUnit"),
                Number("clientKilobytesAllocatedPerUnit"),
                r.GetProperty("statements").EnumerateArray()
                    .Select(s => new Statement(s.GetProperty("query").GetString()!,
                        s.GetProperty("callsPerUnit").GetDouble(), s.GetProperty("millisecondsPerUnit").GetDouble()))
                    .ToList());
        }

        /// <summary>The run with the median rate stands for all; each other figure is its own median.</summary>
        public static Run Median(List<Run> runs)
        {
            var middle = runs.OrderBy(r => r.PerSecond).ElementAt(runs.Count / 2);
            return middle with
            {
                Runs = runs.Count,
                Failures = runs.Sum(r => r.Failures),
                Transactions = Of(runs, r => r.Transactions),
                DurableCommits = Of(runs, r => r.DurableCommits),
                Statements = Of(runs, r => r.Statements),
                ServerMilliseconds = Of(runs, r => r.ServerMilliseconds),
                WalBytes = Of(runs, r => r.WalBytes),
                ClientCpu = Of(runs, r => r.ClientCpu),
                ClientKilobytes = Of(runs, r => r.ClientKilobytes),
            };
        }

        private static double Of(List<Run> runs, Func<Run, double> figure) =>
            runs.Select(figure).Order().ElementAt(runs.Count / 2);
    }
}
