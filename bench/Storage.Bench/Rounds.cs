using System.Diagnostics;
using Minio;
using Minio.DataModel.Args;

namespace CaseSystem.Storage.Bench;

/// <summary>
/// Rounds of one object size. In each round both sides upload their batch, then both download what they uploaded,
/// one side right after the other; which side goes first alternates from round to round, so warm-up and noise from
/// the machine fall on both alike. The first round warms up and is not kept.
/// </summary>
internal sealed class Rounds(ITransfer ours, ITransfer raw, IMinioClient cleaner, string bucket)
{
    public async Task<List<Sample>> RunAsync(int size, int objects, int repetitions, CancellationToken token)
    {
        var payloads = new Dictionary<ITransfer, Payloads>
        {
            [ours] = new Payloads(objects, size),
            [raw] = new Payloads(objects, size),
        };
        var samples = new List<Sample>();
        for (var round = 0; round <= repetitions; round++)
        {
            ITransfer[] order = round % 2 == 0 ? [ours, raw] : [raw, ours];
            var keys = new Dictionary<ITransfer, List<string>>();
            var kept = new List<Sample>();
            foreach (var side in order)
            {
                payloads[side].Refresh();
                Settle();
                var clock = Stopwatch.StartNew();
                keys[side] = await PutAllAsync(side, payloads[side], token);
                kept.Add(new Sample(side.Name, "upload", size, objects, round, clock.Elapsed.TotalSeconds));
            }

            foreach (var side in order)
            {
                Settle();
                var clock = Stopwatch.StartNew();
                await GetAllAsync(side, keys[side], size, token);
                kept.Add(new Sample(side.Name, "download", size, objects, round, clock.Elapsed.TotalSeconds));
            }

            // Removed outside the clock, so the server's folder stays small whatever the number of rounds.
            foreach (var key in keys.Values.SelectMany(k => k))
            {
                await cleaner.RemoveObjectAsync(new RemoveObjectArgs().WithBucket(bucket).WithObject(key), token);
            }

            if (round > 0)
            {
                samples.AddRange(kept);
            }
        }

        return samples;
    }

    private static async Task<List<string>> PutAllAsync(ITransfer side, Payloads payloads, CancellationToken token)
    {
        var keys = new List<string>(payloads.Contents.Count);
        foreach (var content in payloads.Contents)
        {
            keys.Add(await side.PutAsync(content, token));
        }

        return keys;
    }

    private static async Task GetAllAsync(ITransfer side, List<string> keys, int size, CancellationToken token)
    {
        foreach (var key in keys)
        {
            var read = await side.GetAsync(key, size, token);
            if (read != size)
            {
                throw new InvalidOperationException($"{side.Name} read {read} bytes of {key}, not {size}.");
            }
        }
    }

    /// <summary>Garbage of the previous sample is collected before the clock starts, not inside the next.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }
}
