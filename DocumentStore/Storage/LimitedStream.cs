namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// Replays bytes already read, then the rest of the inner stream, and throws once more than a limit has passed,
/// so an upload that is too large fails while it streams, before it is stored.
/// </summary>
internal sealed class LimitedStream(ReadOnlyMemory<byte> head, Stream inner, long limit, Func<Exception> tooLarge)
    : Stream
{
    private ReadOnlyMemory<byte> _head = head;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _head.IsEmpty ? inner.Read(buffer) : FromHead(buffer);
        return Count(read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = _head.IsEmpty ? await inner.ReadAsync(buffer, cancellationToken) : FromHead(buffer.Span);
        return Count(read);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int FromHead(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _head.Length);
        _head.Span[..count].CopyTo(buffer);
        _head = _head[count..];
        return count;
    }

    private int Count(int read)
    {
        _position += read;
        return _position > limit ? throw tooLarge() : read;
    }
}
