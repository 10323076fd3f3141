using System.Buffers;
using System.Security.Cryptography;

namespace CaseSystem.DocumentStore.Storage;

/// <summary>Copies and hashes through one pooled buffer, so memory stays bounded whatever the size.</summary>
internal static class ContentHashing
{
    public const int BufferSize = 128 * 1024;

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/> (if any) and hashes it.</summary>
    public static async Task<ContentAddress> CopyAsync(
        Stream source, Stream? destination, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long length = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                if (destination is not null)
                {
                    await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                length += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new ContentAddress(Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }

    /// <summary>The state of content read from <paramref name="stored"/> against the address it should match.</summary>
    public static async Task<ObjectState> CheckAsync(
        Stream stored, ContentAddress expected, CancellationToken cancellationToken)
    {
        var actual = await CopyAsync(stored, null, cancellationToken);
        if (actual.Length < expected.Length)
        {
            return ObjectState.Truncated;
        }

        return actual == expected ? ObjectState.Intact : ObjectState.Changed;
    }
}
