using System.Buffers;

namespace CaseSystem.Storage.Bench;

/// <summary>Reads a stream to its end and throws the bytes away; both sides of a download end here.</summary>
internal static class Drain
{
    private const int BufferSize = 128 * 1024;

    public static async Task<long> ReadToEndAsync(Stream source, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long total = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                total += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return total;
    }
}
