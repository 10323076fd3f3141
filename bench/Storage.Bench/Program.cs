using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CaseSystem.DocumentStore.Storage;
using CaseSystem.Storage.Bench;
using Minio;

// Whole-object upload and download through S3ObjectStore against bare Minio SDK calls, on one S3 server, in one
// process. bench/run-storage.sh starts s3rver and passes its endpoint.
//   CaseSystem.Storage.Bench ENDPOINT RESULTS.jsonl [REPETITIONS] [SIZES_KIB] [BATCH_MIB] [PUT_MODE]
if (args.Length < 2)
{
    Console.Error.WriteLine(
        "usage: CaseSystem.Storage.Bench ENDPOINT RESULTS.jsonl [REPETITIONS] [SIZES_KIB] [BATCH_MIB] [PUT_MODE]");
    return 64;
}

var endpoint = new Uri(args[0]);
var resultsPath = args[1];
var repetitions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 11;
int[] sizes = args.Length > 3
    ? [.. args[3].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture) * 1024)]
    : [64 * 1024, 1 << 20, 16 << 20, 100 << 20];
// A sample moves at least this much, so that small objects are timed over many requests, not one.
var batchBytes = (args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 4) << 20;
// IfNoneMatch, as against MinIO in production; s3rver ignores the header, and fresh content is new anyway.
var putMode = args.Length > 5 ? Enum.Parse<S3PutMode>(args[5], ignoreCase: true) : S3PutMode.IfNoneMatch;

// Each side has its own client, built the same way, on the same bucket.
using var oursClient = Connect(endpoint);
using var rawClient = Connect(endpoint);
using var http = new HttpClient();
var bucket = "storage-bench-" + Guid.NewGuid().ToString("N")[..12];
var store = new S3ObjectStore(oursClient, bucket, http, putMode);
await store.EnsureBucketAsync();

var rounds = new Rounds(new OursTransfer(store), new RawTransfer(rawClient, bucket), rawClient, bucket);
var samples = new List<Sample>();
var started = Stopwatch.StartNew();
await using (var results = File.CreateText(resultsPath))
{
    foreach (var size in sizes)
    {
        // At least four objects under 64 MiB: one 16 MiB object is a sample of some 30 ms, which the machine's other
        // work moves by more than the margin being measured.
        var objects = Math.Max(size < 64 << 20 ? 4 : 1, batchBytes / size);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Report.Size(size)}: {objects} objects per sample, {repetitions} rounds after one of warm-up"));
        foreach (var sample in await rounds.RunAsync(size, objects, repetitions, CancellationToken.None))
        {
            samples.Add(sample);
            await results.WriteLineAsync(JsonSerializer.Serialize(sample));
        }
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{repetitions} rounds per size, medians, ours puts with {putMode}; {started.Elapsed.TotalSeconds:F0} s in all."));
Console.WriteLine();
Console.Write(Report.Table(samples));
return 0;

static MinioClient Connect(Uri endpoint) => (MinioClient)new MinioClient()
    .WithEndpoint(endpoint.Host, endpoint.Port)
    .WithCredentials("S3RVER", "S3RVER")
    .WithSSL(false)
    .Build();
