using System.Buffers;
using System.Security.Cryptography;

namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// A stored object's body, hashed while it is read. All but its last bytes pass straight through to the reader;
/// the tail (the whole object when it is that small) is held back until the body has ended and its length and hash
/// match the address. A changed or truncated object fails the read with <see cref="ObjectIntegrityException"/>
/// before the tail, so no reader ever gets it complete. Disposing it disposes the response.
/// </summary>
/// <remarks>
/// An async read hashes a copy of what it passes on another thread while the next bytes arrive (at most
/// <see cref="MaxHashingBytes"/> queued), so hashing a large object costs little more than receiving it; the check
/// waits for that hashing to end.
/// </remarks>
internal sealed class CheckedBodyStream : Stream
{
    // Reads smaller than this are hashed where they are read: a copy and a hand-over would cost more.
    private const int MinOffloadedBytes = 16 * 1024;
    private const long MaxHashingBytes = 8L * 1024 * 1024;

    private readonly HttpResponseMessage _response;
    private readonly Stream _body;
    private readonly ContentAddress _expected;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    // Bytes up to here go to the reader as they come; the rest wait in the tail until the check.
    private readonly long _passing;
    private readonly int _tailLength;
    private byte[]? _tail;
    private int _tailPosition;
    private long _received;
    private long _delivered;
    private bool _checked;
    private ObjectIntegrityException? _failure;

    // The hashing handed to the thread pool, in order: each piece waits for the one before it.
    private Task _hashing = Task.CompletedTask;
    private long _hashingBytes;

    public CheckedBodyStream(HttpResponseMessage response, Stream body, ContentAddress expected, int heldBack)
    {
        _response = response;
        _body = body;
        _expected = expected;
        _tailLength = (int)Math.Min(expected.Length, heldBack);
        _passing = expected.Length - _tailLength;

        // One byte more than the tail, to find out whether the body goes on past the address's length.
        _tail = ArrayPool<byte>.Shared.Rent(_tailLength + 1);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _expected.Length;

    public override long Position
    {
        get => _delivered;
        set => throw new NotSupportedException();
    }

    /// <summary>Checks at once when the whole object is held back, so a small damaged one fails on open.</summary>
    public async Task CheckEarlyAsync(CancellationToken cancellationToken)
    {
        if (_passing == 0)
        {
            await CheckAsync(cancellationToken);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ThrowIfFailed();
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_received < _passing)
        {
            return Passed(buffer, _body.Read(buffer[..Passable(buffer.Length)]));
        }

        if (!_checked)
        {
            Check(FillTail(), _tailLength < _tail!.Length && _body.Read(_tail, _tailLength, 1) > 0);
        }

        return FromTail(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ThrowIfFailed();
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_received < _passing)
        {
            var read = await _body.ReadAsync(buffer[..Passable(buffer.Length)], cancellationToken);
            if (read >= MinOffloadedBytes)
            {
                await HashAsideAsync(Copy(buffer.Span[..read]), read);
                return Counted(read);
            }

            return Passed(buffer.Span, read);
        }

        if (!_checked)
        {
            await CheckAsync(cancellationToken);
        }

        return FromTail(buffer.Span);
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
            // The hashing still queued uses the hash and pooled copies: it ends first (it never throws).
            _hashing.GetAwaiter().GetResult();
            if (Interlocked.Exchange(ref _tail, null) is { } tail)
            {
                ArrayPool<byte>.Shared.Return(tail);
            }

            _hash.Dispose();
            _body.Dispose();
            _response.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        await _hashing;
        var tail = _tail ?? throw new ObjectDisposedException(nameof(CheckedBodyStream));
        var filled = 0;
        int read;
        while (filled < _tailLength
               && (read = await _body.ReadAsync(tail.AsMemory(filled, _tailLength - filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        var more = filled == _tailLength && await _body.ReadAsync(tail.AsMemory(_tailLength, 1), cancellationToken) > 0;
        Check(filled, more);
    }

    private int FillTail()
    {
        var tail = _tail ?? throw new ObjectDisposedException(nameof(CheckedBodyStream));
        var filled = 0;
        int read;
        while (filled < _tailLength && (read = _body.Read(tail, filled, _tailLength - filled)) > 0)
        {
            filled += read;
        }

        return filled;
    }

    /// <summary>Settles the state once the tail has come: <paramref name="more"/> says the body went on.</summary>
    private void Check(int filled, bool more)
    {
        _hashing.GetAwaiter().GetResult();
        _received += filled;
        _hash.AppendData(_tail!, 0, filled);
        var state = filled < _tailLength ? ObjectState.Truncated
            : more ? ObjectState.Changed
            : Convert.ToHexStringLower(_hash.GetHashAndReset()) == _expected.Sha256 ? ObjectState.Intact
            : ObjectState.Changed;
        if (state != ObjectState.Intact)
        {
            throw Fail(state);
        }

        _checked = true;
    }

    private int Passable(int requested) => (int)Math.Min(requested, _passing - _received);

    private int Passed(Span<byte> buffer, int read)
    {
        // The body ended before the address's length: the rest of the object never comes.
        if (read == 0)
        {
            throw Fail(ObjectState.Truncated);
        }

        // Whatever is still being hashed aside comes first.
        _hashing.GetAwaiter().GetResult();
        _hash.AppendData(buffer[..read]);
        return Counted(read);
    }

    private int Counted(int read)
    {
        _received += read;
        _delivered += read;
        return read;
    }

    private static byte[] Copy(ReadOnlySpan<byte> data)
    {
        var copy = ArrayPool<byte>.Shared.Rent(data.Length);
        data.CopyTo(copy);
        return copy;
    }

    /// <summary>Hands a pooled copy to be hashed after what is queued before it (and returned to the pool); waits
    /// first when too much is queued.</summary>
    private async ValueTask HashAsideAsync(byte[] copy, int length)
    {
        if (Interlocked.Add(ref _hashingBytes, length) > MaxHashingBytes)
        {
            await _hashing;
        }

        var before = _hashing;
        _hashing = Task.Run(async () =>
        {
            await before;
            _hash.AppendData(copy, 0, length);
            ArrayPool<byte>.Shared.Return(copy);
            Interlocked.Add(ref _hashingBytes, -length);
        });
    }

    private int FromTail(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _tailLength - _tailPosition);
        _tail.AsSpan(_tailPosition, count).CopyTo(buffer);
        _tailPosition += count;
        _delivered += count;
        return count;
    }

    private ObjectIntegrityException Fail(ObjectState state) =>
        _failure = new ObjectIntegrityException(_expected, state);

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw _failure;
        }
    }
}
