namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// A staged temporary file, read-only from its start; disposing it deletes the file. Reads are synchronous, also
/// when asked asynchronously: the file was written a moment ago and sits in the page cache, so a read is a copy,
/// cheaper than the hop to the thread pool that an asynchronous file read takes on Linux.
/// </summary>
internal sealed class StagedFileStream : Stream
{
    private readonly FileStream _file;
    private readonly long _length;

    public StagedFileStream(FileStream file, long length)
    {
        _file = file;
        _length = length;
        _file.Position = 0;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _file.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) =>
        _file.Read(buffer[..(int)Math.Min(buffer.Length, _length - _file.Position)]);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read(buffer.AsSpan(offset, count)));
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
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
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
