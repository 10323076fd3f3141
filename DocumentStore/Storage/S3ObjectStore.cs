using System.Net;
using System.Net.Http.Headers;
using Minio;
using Minio.DataModel.Args;
using Minio.Exceptions;

namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// Objects in an S3 bucket (MinIO in production) through the Minio SDK, under the same keys as on the file system.
/// </summary>
/// <remarks>
/// Content is first written to a local temporary file while it is hashed, so the key is known before anything is
/// sent and memory stays bounded. It is then sent in one PUT through a presigned URL: the SDK 7.0.0 buffers each
/// multipart part in memory, and a single PUT takes objects up to 5 GiB, far above any upload limit. Ranges are
/// read through a presigned URL with a Range header, because the SDK's ranged read fails
/// (<c>PartialContentException</c>).
/// </remarks>
public sealed class S3ObjectStore(IMinioClient client, string bucket, HttpClient http) : IObjectStore
{
    private const long MaxSinglePut = 5L * 1024 * 1024 * 1024;

    /// <summary>Presigned requests only ever live this long; links handed to users are shorter still.</summary>
    private static readonly TimeSpan RequestLifetime = TimeSpan.FromMinutes(15);

    public async Task EnsureBucketAsync(CancellationToken cancellationToken = default)
    {
        if (!await client.BucketExistsAsync(new BucketExistsArgs().WithBucket(bucket), cancellationToken))
        {
            await client.MakeBucketAsync(new MakeBucketArgs().WithBucket(bucket), cancellationToken);
        }
    }

    public async Task<StoredObject> PutAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var staged = CreateTemporaryFile();
        var address = await ContentHashing.CopyAsync(content, staged, cancellationToken);
        if (address.Length > MaxSinglePut)
        {
            throw new NotSupportedException($"Objects larger than {MaxSinglePut} bytes are not stored in S3.");
        }

        // A concurrent put of the same content can pass this check too; it then writes the same bytes under the
        // same key, which S3 replaces atomically, so the object never changes.
        if (await ExistsAsync(address, cancellationToken))
        {
            return new StoredObject(address, Created: false);
        }

        staged.Position = 0;
        var url = await client.PresignedPutObjectAsync(new PresignedPutObjectArgs()
            .WithBucket(bucket).WithObject(address.Key).WithExpiry(Seconds(RequestLifetime)));
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StreamContent(staged) };
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return new StoredObject(address, Created: true);
    }

    public async Task<Stream> OpenReadAsync(
        ContentAddress address, ByteRange? range = null, CancellationToken cancellationToken = default)
    {
        if (range is { } part)
        {
            return await OpenRangeAsync(address, part, cancellationToken);
        }

        // The whole object is received into a temporary file and served only once its hash is right.
        var staged = CreateTemporaryFile();
        try
        {
            var (state, _) = await ReadAndCheckAsync(address, staged, cancellationToken);
            if (state != ObjectState.Intact)
            {
                throw new ObjectIntegrityException(address, state);
            }

            return new RangeStream(staged, new ByteRange(0, address.Length));
        }
        catch
        {
            await staged.DisposeAsync();
            throw;
        }
    }

    public async Task<bool> ExistsAsync(ContentAddress address, CancellationToken cancellationToken = default) =>
        await StatAsync(address, cancellationToken) is not null;

    public async Task<ObjectState> CheckAsync(ContentAddress address, CancellationToken cancellationToken = default)
    {
        var (state, _) = await ReadAndCheckAsync(address, null, cancellationToken);
        return state;
    }

    /// <summary>A link that downloads the object for <paramref name="lifetime"/> (at most an hour).</summary>
    /// <remarks>The link bypasses the hash check on read: hand it out only for objects checked recently.</remarks>
    public async Task<Uri> CreateDownloadLinkAsync(
        ContentAddress address, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lifetime, TimeSpan.FromSeconds(1));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lifetime, TimeSpan.FromHours(1));
        if (await StatAsync(address, cancellationToken) is null)
        {
            throw new ObjectIntegrityException(address, ObjectState.Missing);
        }

        var url = await client.PresignedGetObjectAsync(new PresignedGetObjectArgs()
            .WithBucket(bucket).WithObject(address.Key).WithExpiry(Seconds(lifetime)));
        return new Uri(url);
    }

    private async Task<Stream> OpenRangeAsync(ContentAddress address, ByteRange range, CancellationToken token)
    {
        // The whole object is hashed first; the range is then asked for with If-Match on the ETag that was checked,
        // so an object replaced in between answers 412 instead of other bytes.
        var (state, etag) = await ReadAndCheckAsync(address, null, token);
        if (state != ObjectState.Intact)
        {
            throw new ObjectIntegrityException(address, state);
        }

        var part = range.Within(address.Length);
        if (part.Length == 0)
        {
            return new MemoryStream([], writable: false);
        }

        var url = await client.PresignedGetObjectAsync(new PresignedGetObjectArgs()
            .WithBucket(bucket).WithObject(address.Key).WithExpiry(Seconds(RequestLifetime)));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(part.Offset, part.Offset + part.Length - 1);
        // The SDK hands the ETag without its quotes.
        request.Headers.IfMatch.Add(new EntityTagHeaderValue('"' + etag!.Trim('"') + '"'));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
        if (response.StatusCode == HttpStatusCode.PartialContent)
        {
            return new ResponseStream(response, await response.Content.ReadAsStreamAsync(token));
        }

        response.Dispose();
        if (response.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            throw new ObjectIntegrityException(address, ObjectState.Changed);
        }

        throw new HttpRequestException(
            $"The range of {address} was answered with {(int)response.StatusCode}.", null, response.StatusCode);
    }

    /// <summary>Streams the object through the hash, into <paramref name="copy"/> when given.</summary>
    private async Task<(ObjectState State, string? ETag)> ReadAndCheckAsync(
        ContentAddress address, Stream? copy, CancellationToken cancellationToken)
    {
        var stat = await StatAsync(address, cancellationToken);
        if (stat is null)
        {
            return (ObjectState.Missing, null);
        }

        if (stat.Size < address.Length)
        {
            return (ObjectState.Truncated, stat.ETag);
        }

        var state = ObjectState.Missing;
        var args = new GetObjectArgs()
            .WithBucket(bucket).WithObject(address.Key).WithMatchETag(stat.ETag)
            .WithCallbackStream(async (body, token) =>
            {
                var read = await ContentHashing.CopyAsync(body, copy, token);
                state = read.Length < address.Length ? ObjectState.Truncated
                    : read == address ? ObjectState.Intact
                    : ObjectState.Changed;
            });
        await client.GetObjectAsync(args, cancellationToken);
        if (copy is not null)
        {
            await copy.FlushAsync(cancellationToken);
            copy.Position = 0;
        }

        return (state, stat.ETag);
    }

    private async Task<Minio.DataModel.ObjectStat?> StatAsync(ContentAddress address, CancellationToken token)
    {
        try
        {
            return await client.StatObjectAsync(
                new StatObjectArgs().WithBucket(bucket).WithObject(address.Key), token);
        }
        catch (ObjectNotFoundException)
        {
            return null;
        }
    }

    private static FileStream CreateTemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), "casesystem-s3-" + Guid.NewGuid().ToString("N")),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ContentHashing.BufferSize,
        FileOptions.Asynchronous | FileOptions.DeleteOnClose);

    private static int Seconds(TimeSpan lifetime) => (int)Math.Ceiling(lifetime.TotalSeconds);
}
