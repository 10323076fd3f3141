using System.Buffers;
using System.Security.Cryptography;

namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// Content to store, held and hashed until its key is known and it may be sent: in a pooled buffer up to
/// <see cref="MemoryLimit"/> bytes, in a temporary file (deleted on close) beyond that, so memory stays bounded
/// whatever the size. Also checks a stored object's body without keeping it.
/// </summary>
internal sealed class Staging : IAsyncDisposable
{
    /// <summary>Content up to this many bytes is held in memory.</summary>
    public const int MemoryLimit = 1024 * 1024;

    private const int ChunkSize = 4 * ContentHashing.BufferSize;

    private byte[]? _buffer;
    private FileStream? _file;

    private Staging(byte[]? buffer, FileStream? file, ContentAddress address)
    {
        _buffer = buffer;
        _file = file;
        Address = address;
    }

    /// <summary>The hash and length of the staged bytes.</summary>
    public ContentAddress Address { get; }

    /// <summary>Stages content of unknown length: in memory while it fits, in a file once it does not.</summary>
    public static async Task<Staging> StageAsync(Stream content, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(MemoryLimit);
        FileStream? file = null;
        try
        {
            long length = await FillAsync(content, buffer.AsMemory(0, MemoryLimit), cancellationToken);
            hash.AppendData(buffer, 0, (int)length);
            if (length == MemoryLimit)
            {
                file = await SpillAsync(content, buffer, hash, cancellationToken);
                length = file?.Length ?? length;
            }

            var address = new ContentAddress(Convert.ToHexStringLower(hash.GetHashAndReset()), length);
            if (file is null)
            {
                return new Staging(buffer, null, address);
            }

            ArrayPool<byte>.Shared.Return(buffer);
            return new Staging(null, file, address);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (file is not null)
            {
                await file.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Reads a stored object's body to its end while hashing it, and says whether it matches.</summary>
    public static async Task<ObjectState> CheckAsync(
        Stream body, ContentAddress expected, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var received = await CopyThroughAsync(body, null, hash, expected.Length, cancellationToken);
        return received < expected.Length ? ObjectState.Truncated
            : received > expected.Length ? ObjectState.Changed
            : Convert.ToHexStringLower(hash.GetHashAndReset()) == expected.Sha256 ? ObjectState.Intact
            : ObjectState.Changed;
    }

    /// <summary>The staged bytes as the body of a request; this staging must outlive the request.</summary>
    public HttpContent ToContent()
    {
        if (_buffer is not null)
        {
            return new ByteArrayContent(_buffer, 0, (int)Address.Length);
        }

        var file = _file ?? throw new ObjectDisposedException(nameof(Staging));
        var content = new StreamContent(new StagedFileStream(file, Address.Length), ChunkSize);
        content.Headers.ContentLength = Address.Length;
        return content;
    }

    public async ValueTask DisposeAsync()
    {
        var (buffer, file) = (_buffer, _file);
        (_buffer, _file) = (null, null);
        await ReleaseAsync(buffer, file);
    }

    /// <summary>
    /// Moves content past the first <see cref="MemoryLimit"/> bytes (already in <paramref name="head"/>) to a file,
    /// or answers null when the content ends right there.
    /// </summary>
    private static async Task<FileStream?> SpillAsync(
        Stream content, byte[] head, IncrementalHash hash, CancellationToken cancellationToken)
    {
        var next = ArrayPool<byte>.Shared.Rent(ChunkSize);
        FileStream? file = null;
        try
        {
            var read = await FillAsync(content, next.AsMemory(0, ChunkSize), cancellationToken);
            if (read == 0)
            {
                return null;
            }

            file = CreateTemporaryFile();
            hash.AppendData(next, 0, read);
            file.Write(head, 0, MemoryLimit);
            file.Write(next, 0, read);
            if (read == ChunkSize)
            {
                await CopyThroughAsync(content, file, hash, long.MaxValue, cancellationToken);
            }

            file.Flush();
            return file;
        }
        catch
        {
            if (file is not null)
            {
                await file.DisposeAsync();
            }

            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    /// <summary>
    /// Reads <paramref name="source"/> to its end, or until more than <paramref name="limit"/> bytes came, hashing
    /// every chunk and writing it to <paramref name="destination"/>; the next chunk is received meanwhile.
    /// </summary>
    private static async Task<long> CopyThroughAsync(
        Stream source, Stream? destination, IncrementalHash hash, long limit, CancellationToken cancellationToken)
    {
        byte[][] buffers = [ArrayPool<byte>.Shared.Rent(ChunkSize), ArrayPool<byte>.Shared.Rent(ChunkSize)];
        var receiving = FillAsync(source, buffers[0].AsMemory(0, ChunkSize), cancellationToken);
        long total = 0;
        try
        {
            for (var current = 0; ; current ^= 1)
            {
                var read = await receiving;
                total += read;

                // A chunk short of full is the last; the other buffer is free, as its chunk was written already.
                var more = read == ChunkSize && total <= limit;
                receiving = more
                    ? FillAsync(source, buffers[current ^ 1].AsMemory(0, ChunkSize), cancellationToken)
                    : Task.FromResult(0);
                hash.AppendData(buffers[current], 0, read);

                // Synchronous: the temporary file takes it into the page cache, cheaper than a hop to the pool.
                destination?.Write(buffers[current], 0, read);
                if (!more)
                {
                    break;
                }
            }
        }
        finally
        {
            // A receive still running after a failure holds a buffer: it goes to the collector, not to the pool.
            if (receiving.IsCompleted)
            {
                ArrayPool<byte>.Shared.Return(buffers[0]);
                ArrayPool<byte>.Shared.Return(buffers[1]);
            }
        }

        return total;
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the stream ends; answers how much came.</summary>
    private static async Task<int> FillAsync(Stream source, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await source.ReadAsync(buffer[filled..], cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled;
    }

    private static async ValueTask ReleaseAsync(byte[]? buffer, FileStream? file)
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (file is not null)
        {
            await file.DisposeAsync();
        }
    }

    private static FileStream CreateTemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), "casesystem-s3-" + Guid.NewGuid().ToString("N")),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ContentHashing.BufferSize,
        FileOptions.DeleteOnClose);
}
