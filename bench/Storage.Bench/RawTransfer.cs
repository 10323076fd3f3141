using System.Globalization;
using Minio;
using Minio.DataModel.Args;

namespace CaseSystem.Storage.Bench;

/// <summary>The Minio SDK as an application would call it with no store around it: no hash, no staging.</summary>
internal sealed class RawTransfer(IMinioClient client, string bucket) : ITransfer
{
    private long _sequence;

    public string Name => "raw";

    public async Task<string> PutAsync(byte[] content, CancellationToken cancellationToken)
    {
        // Keys shaped as the store's (two levels fanned out by the first bytes of a hash), so that a server that
        // makes a directory per prefix, as s3rver and MinIO's disks do, makes as many for both sides.
        var hash = Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(Interlocked.Increment(ref _sequence))));
        var key = string.Create(CultureInfo.InvariantCulture, $"raw/{hash[..2]}/{hash[2..4]}/{hash}");
        using var source = new MemoryStream(content, writable: false);
        await client.PutObjectAsync(
            new PutObjectArgs().WithBucket(bucket).WithObject(key)
                .WithStreamData(source).WithObjectSize(content.Length),
            cancellationToken);
        return key;
    }

    public async Task<long> GetAsync(string key, long length, CancellationToken cancellationToken)
    {
        long read = 0;
        await client.GetObjectAsync(
            new GetObjectArgs().WithBucket(bucket).WithObject(key)
                .WithCallbackStream(async (body, token) => read = await Drain.ReadToEndAsync(body, token)),
            cancellationToken);
        return read;
    }
}
