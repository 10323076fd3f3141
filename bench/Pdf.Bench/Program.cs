using System.Diagnostics;
using System.Globalization;
using CaseSystem.Pdf.Bench;

// Certificates per second through the layout layer against the same page drawn with raw PDFsharp calls, in one
// process. Rounds alternate between the two so that warm-up and machine noise fall on both alike.
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;

File.WriteAllBytes("certificate-layout.pdf", LayoutCertificate.Render());
File.WriteAllBytes("certificate-raw.pdf", RawCertificate.Render());
Measure(LayoutCertificate.Render, 1);
Measure(RawCertificate.Render, 1);

var layout = new List<double>();
var raw = new List<double>();
for (var round = 0; round < rounds; round++)
{
    layout.Add(Measure(LayoutCertificate.Render, seconds));
    raw.Add(Measure(RawCertificate.Render, seconds));
}

var layoutMedian = Median(layout);
var rawMedian = Median(raw);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"layout: {layoutMedian:F0} certificates/s (rounds: {Rates(layout)})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"raw:    {rawMedian:F0} certificates/s (rounds: {Rates(raw)})"));

// Each layout round runs next to a raw round, under the same load from whatever else the machine does; the median
// of those paired ratios is the figure least moved by that load.
var paired = Median([.. raw.Zip(layout, (r, l) => r / l)]);
var ofMedians = rawMedian / layoutMedian;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"cost of the layout layer: {paired:F2}x raw, median of paired rounds ({ofMedians:F2}x from the medians)"));
Console.WriteLine("target: at most 1.5x");

static double Measure(Func<byte[]> render, double seconds)
{
    var clock = Stopwatch.StartNew();
    var count = 0;
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        render();
        count++;
    }

    return count / clock.Elapsed.TotalSeconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

static string Rates(List<double> rates) =>
    string.Join(", ", rates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)));
