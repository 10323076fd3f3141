using System.Globalization;
using System.Text;

namespace CaseSystem.Storage.Bench;

/// <summary>The medians of each side, their ratio (ours / raw), and every round, as a Markdown table.</summary>
internal static class Report
{
    private static readonly string[] Directions = ["upload", "download"];

    public static string Table(IReadOnlyList<Sample> samples)
    {
        var text = new StringBuilder();
        text.AppendLine(
            "| object | per sample | direction | ours MB/s | raw MB/s | ours / raw | paired | rounds (ours; raw) |");
        text.AppendLine("|---:|---:|---|---:|---:|---:|---:|---|");
        foreach (var size in samples.Select(s => s.Size).Distinct().Order())
        {
            foreach (var direction in Directions)
            {
                var ours = Pick(samples, size, direction, "ours");
                var raw = Pick(samples, size, direction, "raw");
                var oursMedian = Median(ours.Select(s => s.MegabytesPerSecond));
                var rawMedian = Median(raw.Select(s => s.MegabytesPerSecond));

                // Each ours sample ran next to the raw sample of its round, under the same load.
                var paired = Median(ours.Zip(raw, (o, r) => o.MegabytesPerSecond / r.MegabytesPerSecond));
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {Size(size)} | {ours[0].Objects} | {direction} | {oursMedian:F1} | {rawMedian:F1} " +
                    $"| {oursMedian / rawMedian:F2} | {paired:F2} | {Rates(ours)}; {Rates(raw)} |"));
            }
        }

        return text.ToString();
    }

    public static string Size(int bytes) => bytes >= 1 << 20
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes >> 10} KiB");

    private static List<Sample> Pick(IReadOnlyList<Sample> samples, int size, string direction, string side) =>
        [.. samples.Where(s => s.Size == size && s.Direction == direction && s.Side == side).OrderBy(s => s.Round)];

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Rates(List<Sample> samples) =>
        string.Join(" ", samples.Select(s => s.MegabytesPerSecond.ToString("F0", CultureInfo.InvariantCulture)));
}
