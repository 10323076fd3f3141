using System.Globalization;
using System.Text;
using CaseSystem.Tasks.Bench.Measuring;

namespace CaseSystem.Tasks.Bench.Reporting;

/// <summary>
/// The figures of one run as Markdown: percentiles per query, and each divided by the baselines measured in the
/// same rounds, since only figures of the same process compare on a shared machine.
/// </summary>
internal static class Report
{
    /// <summary>The issue's target for the 95th percentile of either inbox tab.</summary>
    public const double TargetMilliseconds = 50;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(string label, RunResult result, int warmUp, int users)
    {
        ArgumentNullException.ThrowIfNull(result);

        var byId = result.Of(LatencyRun.TaskById);
        var one = result.Of(LatencyRun.SelectOne);
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"### {label}")
            .AppendLine()
            .AppendLine(Invariant, $"{byId.Count:N0} rounds after {warmUp:N0} of warm-up, one query at a time, a " +
                $"random clerk of {users:N0} each round; times in ms, ratios to the baselines of the same rounds.")
            .AppendLine()
            .AppendLine("| query | n | median | p95 | p99 | max | mean | median ÷ by id | p95 ÷ by id " +
                "| median ÷ SELECT 1 | p95 ÷ SELECT 1 |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var k in result.Kinds)
        {
            text.AppendLine(Invariant, $"| {k.Name} | {k.Count:N0} | {k.Median:N2} | {k.Percentile(95):N2} " +
                $"| {k.Percentile(99):N2} | {k.Max:N2} | {k.Mean:N2} " +
                $"| {k.Median / byId.Median:N1} | {k.Percentile(95) / byId.Percentile(95):N1} " +
                $"| {k.Median / one.Median:N1} | {k.Percentile(95) / one.Percentile(95):N1} |");
        }

        text.AppendLine()
            .AppendLine("Tasks found per clerk on average (all pages, not only the first): " + string.Join("; ",
                result.Kinds.Where(k => !k.Name.StartsWith("baseline", StringComparison.Ordinal))
                    .Select(k => string.Create(Invariant, $"{k.Name} {k.MeanFound:N1}"))) + ".")
            .AppendLine();
        foreach (var k in result.Kinds.Where(k => !k.Name.StartsWith("baseline", StringComparison.Ordinal)))
        {
            var (name, p95) = (k.Name, k.Percentile(95));
            text.AppendLine(Invariant, $"- {name}: p95 {p95:N2} ms against the target of under " +
                $"{TargetMilliseconds:N0} ms: {(p95 < TargetMilliseconds ? "met" : "MISSED")}.");
        }

        return text.AppendLine().ToString();
    }

    /// <summary>Every recorded time, one line each, for whoever wants another statistic.</summary>
    public static IEnumerable<string> Samples(string label, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Kinds.SelectMany(k => k.Samples.Select(ms =>
            string.Create(Invariant, $"{label},{k.Name},{ms:F3}")));
    }
}
