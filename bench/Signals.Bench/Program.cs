using System.Diagnostics;
using System.Globalization;
using System.Net;

// Signal submissions through the HTTP API (Open311's POST requests.json, which registers the case and runs the
// signal workflow to its first human task) against the bare /health endpoint of the same host, in alternating
// phases of the same length and concurrency, so that both see the same machine. Prints one line per phase and the
// medians with their ratio, as Markdown.
//   CaseSystem.Signals.Bench <base-url> <api-key> <rounds> <seconds-per-phase> <concurrency> <warm-up-seconds>
if (args is not [var baseUrl, var apiKey, var roundsText, var secondsText, var concurrencyText, var warmUpText]
    || !int.TryParse(roundsText, CultureInfo.InvariantCulture, out var rounds)
    || !double.TryParse(secondsText, CultureInfo.InvariantCulture, out var seconds)
    || !int.TryParse(concurrencyText, CultureInfo.InvariantCulture, out var concurrency)
    || !double.TryParse(warmUpText, CultureInfo.InvariantCulture, out var warmUp))
{
    Console.Error.WriteLine("usage: CaseSystem.Signals.Bench <base-url> <api-key> <rounds> <seconds-per-phase> "
        + "<concurrency> <warm-up-seconds>");
    return 2;
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false };
using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };

var sequence = 0;
async Task<bool> Health()
{
    using var response = await http.GetAsync("/health");
    return response.StatusCode == HttpStatusCode.OK;
}

async Task<bool> Submit()
{
    var n = Interlocked.Increment(ref sequence);

    // Points spread over central Sofia, so that duplicates are looked for among neighbours, as in life.
    var lat = 42.68 + (n % 97) * 0.0004;
    var lon = 23.30 + (n % 89) * 0.0004;
    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["api_key"] = apiKey,
        ["service_code"] = (n % 3) switch { 0 => "roads", 1 => "lighting", _ => "green" },
        ["lat"] = lat.ToString("F6", CultureInfo.InvariantCulture),
        ["long"] = lon.ToString("F6", CultureInfo.InvariantCulture),
        ["description"] = $"Дупка на платното, сигнал № {n} от натоварващия тест.",
        ["first_name"] = "Мария",
        ["last_name"] = "Иванова",
        ["email"] = $"citizen{n % 1000}@example.bg",
    });
    using var response = await http.PostAsync("/open311/v2/requests.json", form);
    return response.StatusCode == HttpStatusCode.Created;
}

async Task<(double Rate, int Failed)> Phase(Func<Task<bool>> call, TimeSpan length)
{
    var done = 0;
    var failed = 0;
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (clock.Elapsed < length)
        {
            if (await call())
            {
                Interlocked.Increment(ref done);
            }
            else
            {
                Interlocked.Increment(ref failed);
            }
        }
    });
    await Task.WhenAll(workers);
    return (done / clock.Elapsed.TotalSeconds, failed);
}

Console.Error.WriteLine($"warming up for {warmUp} s");
await Phase(Health, TimeSpan.FromSeconds(warmUp / 2));
var (_, warmFailures) = await Phase(Submit, TimeSpan.FromSeconds(warmUp / 2));
if (warmFailures > 0 && sequence == warmFailures)
{
    Console.Error.WriteLine("every submission failed: is the api key right?");
    return 1;
}

var health = new List<double>();
var submits = new List<double>();
var failures = 0;
Console.WriteLine("| round | /health per s | submissions per s | ratio |");
Console.WriteLine("|---:|---:|---:|---:|");
for (var round = 1; round <= rounds; round++)
{
    // Alternating which goes first, so neither always meets a machine the other has just warmed.
    var first = round % 2 == 1;
    var (a, fa) = await Phase(first ? Health : Submit, TimeSpan.FromSeconds(seconds));
    var (b, fb) = await Phase(first ? Submit : Health, TimeSpan.FromSeconds(seconds));
    var (h, s) = first ? (a, b) : (b, a);
    failures += fa + fb;
    health.Add(h);
    submits.Add(s);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {round} | {h:N0} | {s:N1} | {s / h:N4} |"));
}

var ratios = health.Zip(submits, (h, s) => s / h).ToList();
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Medians over {rounds} rounds of {seconds} s, {concurrency} concurrent clients: /health {Median(health):N0}/s, "
    + $"submissions {Median(submits):N1}/s, submissions ÷ /health {Median(ratios):N4}; failed calls {failures}."));
return failures == 0 ? 0 : 1;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
