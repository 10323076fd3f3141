using System.Net;
using System.Net.Http.Headers;
using Minio;
using Minio.DataModel.Args;

namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// Objects in an S3 bucket (MinIO in production) through the Minio SDK, under the same keys as on the file system.
/// </summary>
/// <remarks>
/// Content is first staged while it is hashed (in a pooled buffer up to 1 MiB, in a local temporary file beyond),
/// so the key is known before anything is sent and memory stays bounded. It is then sent in one PUT through a
/// presigned URL: the SDK 7.0.0 buffers each multipart part in memory, and a single PUT takes objects up to 5 GiB,
/// far above any upload limit. Every other request also goes through a presigned URL and this store's
/// <see cref="HttpClient"/>: the SDK's stat and get first ask whether the bucket exists, which costs a request each
/// (a listing, on s3rver), and its ranged read fails (<c>PartialContentException</c>). The SDK only signs, and
/// creates the bucket. A 404 answers <see cref="ObjectState.Missing"/>, also when the bucket itself is missing.
/// A put asks whether the key exists before its PUT, or sends one PUT with <c>If-None-Match: *</c> for servers
/// that honour it (<see cref="S3PutMode"/>).
/// A whole read is one GET, delivered while it is hashed but for its last MiB, held back until the hash matches
/// (<see cref="CheckedBodyStream"/>): no temporary file, and no reader ever gets a damaged object complete.
/// </remarks>
public sealed class S3ObjectStore(
    IMinioClient client, string bucket, HttpClient http, S3PutMode putMode = S3PutMode.CheckFirst) : IObjectStore
{
    private const long MaxSinglePut = 5L * 1024 * 1024 * 1024;

    private const long SmallBody = 16 * 1024;

    /// <summary>A whole read holds back this much of the object's end until its hash is checked.</summary>
    private const int HeldBack = Staging.MemoryLimit;

    private static readonly TimeSpan ConflictPause = TimeSpan.FromMilliseconds(200);

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
        await using var staged = await Staging.StageAsync(content, cancellationToken);
        var address = staged.Address;
        if (address.Length > MaxSinglePut)
        {
            throw new NotSupportedException($"Objects larger than {MaxSinglePut} bytes are not stored in S3.");
        }

        // The key is the content's hash, so any write under it carries the same bytes, and S3 replaces an object
        // atomically: a second write never changes what a reader gets. CheckFirst can still let two puts of the
        // same new content through at once; IfNoneMatch lets the server refuse the second.
        if (putMode == S3PutMode.CheckFirst && await ExistsAsync(address, cancellationToken))
        {
            return new StoredObject(address, Created: false);
        }

        var url = await client.PresignedPutObjectAsync(new PresignedPutObjectArgs()
            .WithBucket(bucket).WithObject(address.Key).WithExpiry(Seconds(RequestLifetime)));
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = staged.ToContent() };
        if (putMode == S3PutMode.IfNoneMatch)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.PreconditionFailed:
                return new StoredObject(address, Created: false);

            // S3 answers 409 while another conditional write of the key is under way. Its bytes are these, so once
            // it is there the content is stored; if it is not, the caller may try again.
            case HttpStatusCode.Conflict when putMode == S3PutMode.IfNoneMatch:
                await Task.Delay(ConflictPause, cancellationToken);
                return await ExistsAsync(address, cancellationToken)
                    ? new StoredObject(address, Created: false)
                    : throw Unexpected(address, response);
            default:
                response.EnsureSuccessStatusCode();
                return new StoredObject(address, Created: true);
        }
    }

    public async Task<Stream> OpenReadAsync(
        ContentAddress address, ByteRange? range = null, CancellationToken cancellationToken = default)
    {
        if (range is { } part)
        {
            return await OpenRangeAsync(address, part, cancellationToken);
        }

        // Served as it is hashed, all but the last MiB (all of a smaller object) held back until the hash is right.
        var (state, response) = await StartGetAsync(address, cancellationToken);
        if (response is null)
        {
            throw new ObjectIntegrityException(address, state);
        }

        CheckedBodyStream? checkedBody = null;
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            checkedBody = new CheckedBodyStream(response, body, address, HeldBack);
            await checkedBody.CheckEarlyAsync(cancellationToken);
            return checkedBody;
        }
        catch
        {
            if (checkedBody is not null)
            {
                await checkedBody.DisposeAsync();
            }

            response.Dispose();
            throw;
        }
    }

    /// <summary>Asks for the first byte only: 206 (or 200) when the object is there, 404 when not.</summary>
    public async Task<bool> ExistsAsync(ContentAddress address, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, await PresignGetAsync(address, RequestLifetime));
        request.Headers.Range = new RangeHeaderValue(0, 0);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        // Only the error's body: for an empty object s3rver answers 206 and announces a byte it never sends.
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            await DrainSmallBodyAsync(response, cancellationToken);
        }

        return response.StatusCode switch
        {
            HttpStatusCode.PartialContent or HttpStatusCode.OK => true,

            // An empty object has no first byte: S3 answers 416, and that says it is there.
            HttpStatusCode.RequestedRangeNotSatisfiable => true,
            HttpStatusCode.NotFound => false,
            _ => throw Unexpected(address, response),
        };
    }

    public async Task<ObjectState> CheckAsync(ContentAddress address, CancellationToken cancellationToken = default)
    {
        var (state, _) = await ReadAndCheckAsync(address, cancellationToken);
        return state;
    }

    /// <summary>A link that downloads the object for <paramref name="lifetime"/> (at most an hour).</summary>
    /// <remarks>The link bypasses the hash check on read: hand it out only for objects checked recently.</remarks>
    public async Task<Uri> CreateDownloadLinkAsync(
        ContentAddress address, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lifetime, TimeSpan.FromSeconds(1));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lifetime, TimeSpan.FromHours(1));
        if (!await ExistsAsync(address, cancellationToken))
        {
            throw new ObjectIntegrityException(address, ObjectState.Missing);
        }

        return await PresignGetAsync(address, lifetime);
    }

    private async Task<Stream> OpenRangeAsync(ContentAddress address, ByteRange range, CancellationToken token)
    {
        // The whole object is hashed first; the range is then asked for with If-Match on the ETag that was checked,
        // so an object replaced in between answers 412 instead of other bytes.
        var (state, etag) = await ReadAndCheckAsync(address, token);
        if (state != ObjectState.Intact)
        {
            throw new ObjectIntegrityException(address, state);
        }

        var part = range.Within(address.Length);
        if (part.Length == 0)
        {
            return new MemoryStream([], writable: false);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, await PresignGetAsync(address, RequestLifetime));
        request.Headers.Range = new RangeHeaderValue(part.Offset, part.Offset + part.Length - 1);
        request.Headers.IfMatch.Add(etag ?? throw new HttpRequestException($"{address} was served without an ETag."));
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

        throw Unexpected(address, response);
    }

    /// <summary>One GET of the whole object, streamed through the hash; answers the ETag the bytes came with.</summary>
    private async Task<(ObjectState State, EntityTagHeaderValue? ETag)> ReadAndCheckAsync(
        ContentAddress address, CancellationToken cancellationToken)
    {
        var (state, response) = await StartGetAsync(address, cancellationToken);
        if (response is null)
        {
            return (state, null);
        }

        using (response)
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return (await Staging.CheckAsync(body, address, cancellationToken), response.Headers.ETag);
        }
    }

    /// <summary>
    /// Sends the GET of a whole object and answers its response once the headers are in, or, without a response,
    /// the state they already settle: missing, or another length announced than the address's. The body is still
    /// counted when read, for servers that announce none.
    /// </summary>
    private async Task<(ObjectState State, HttpResponseMessage? Response)> StartGetAsync(
        ContentAddress address, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, await PresignGetAsync(address, RequestLifetime));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        try
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                await DrainSmallBodyAsync(response, cancellationToken);
                response.Dispose();
                return (ObjectState.Missing, null);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw Unexpected(address, response);
            }

            if (response.Content.Headers.ContentLength is { } announced && announced != address.Length)
            {
                response.Dispose();
                return (announced < address.Length ? ObjectState.Truncated : ObjectState.Changed, null);
            }

            return (ObjectState.Intact, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads a small body (an error's) to its end, so that the connection goes back to the pool at once; one left
    /// unread is drained in the background, and the next request may open another connection meanwhile.
    /// </summary>
    private static async Task DrainSmallBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is <= SmallBody)
        {
            await response.Content.CopyToAsync(Stream.Null, cancellationToken);
        }
    }

    private async Task<Uri> PresignGetAsync(ContentAddress address, TimeSpan lifetime) =>
        new(await client.PresignedGetObjectAsync(new PresignedGetObjectArgs()
            .WithBucket(bucket).WithObject(address.Key).WithExpiry(Seconds(lifetime))));

    private static HttpRequestException Unexpected(ContentAddress address, HttpResponseMessage response) => new(
        $"The request for {address} was answered with {(int)response.StatusCode}.", null, response.StatusCode);

    private static int Seconds(TimeSpan lifetime) => (int)Math.Ceiling(lifetime.TotalSeconds);
}
