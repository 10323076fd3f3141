using CaseSystem.DocumentStore.Storage;

namespace CaseSystem.Storage.Bench;

/// <summary>
/// Through <see cref="S3ObjectStore"/>: a put stages and hashes the content, then sends it in one conditional
/// PUT (or, with <see cref="S3PutMode.CheckFirst"/>, after asking whether the hash is stored already); a read
/// receives the object in one GET and passes it on while hashing it, all but the last MiB (all of a smaller
/// object), which it serves once the length and hash are right.
/// </summary>
internal sealed class OursTransfer(S3ObjectStore store) : ITransfer
{
    public string Name => "ours";

    public async Task<string> PutAsync(byte[] content, CancellationToken cancellationToken)
    {
        using var source = new MemoryStream(content, writable: false);
        var stored = await store.PutAsync(source, cancellationToken);

        // Content that is already stored is not sent again, which would measure nothing.
        if (!stored.Created)
        {
            throw new InvalidOperationException($"{stored.Address} was stored already; the payload is not fresh.");
        }

        return stored.Address.Key;
    }

    public async Task<long> GetAsync(string key, long length, CancellationToken cancellationToken)
    {
        // The key ends with the hash (sha256/ab/cd/<hash>); with the length that is the whole address.
        var address = new ContentAddress(key[^64..], length);
        await using var content = await store.OpenReadAsync(address, cancellationToken: cancellationToken);
        return await Drain.ReadToEndAsync(content, cancellationToken);
    }
}
