using System.Net;
using System.Security.Cryptography;
using CaseSystem.DocumentStore.Storage;
using Minio;
using Minio.DataModel.Args;

namespace CaseSystem.DocumentStore.Tests.Storage;

/// <summary>
/// The contract against a real S3 server: s3rver on loopback, started by scripts/test, which sets
/// CASESYSTEM_TEST_S3. Each test class instance has its own bucket.
/// </summary>
[Collection(nameof(SerialStorage))]
public sealed class S3ObjectStoreTests : ObjectStoreContract, IDisposable
{
    private static readonly string? Endpoint = Environment.GetEnvironmentVariable("CASESYSTEM_TEST_S3");

    private readonly string _bucket = "casesystem-test-" + Guid.NewGuid().ToString("N")[..12];
    private readonly HttpClient _http = new();
    private readonly List<HttpClient> _recording = [];
    private IMinioClient? _client;

    protected override IObjectStore CreateStore() => CreateS3Store();

    protected override async Task ReplaceStoredBytesAsync(ContentAddress address, byte[] bytes)
    {
        using var content = new MemoryStream(bytes);
        await _client!.PutObjectAsync(new PutObjectArgs()
            .WithBucket(_bucket).WithObject(address.Key).WithStreamData(content).WithObjectSize(bytes.Length));
    }

    [SkippableFact]
    public async Task A_read_of_a_changed_object_fails_before_its_last_MiB()
    {
        var store = CreateS3Store();
        var content = RandomNumberGenerator.GetBytes(3 * 1024 * 1024);
        var stored = await store.PutAsync(new MemoryStream(content));
        var changed = (byte[])content.Clone();
        changed[0] ^= 0xFF;

        await ReplaceStoredBytesAsync(stored.Address, changed);
        var (delivered, error) = await ReadUntilFailureAsync(store, stored.Address);

        Assert.Equal(ObjectState.Changed, error?.State);
        Assert.Equal(content.Length - 1024 * 1024, delivered);
    }

    [SkippableFact]
    public async Task With_If_None_Match_a_put_is_one_conditional_request()
    {
        var handler = new HonouringHandler(honourIfNoneMatch: true);
        var store = CreateS3Store(handler, S3PutMode.IfNoneMatch);
        var content = RandomNumberGenerator.GetBytes(70_000);

        var stored = await store.PutAsync(new MemoryStream(content));

        Assert.True(stored.Created);
        Assert.Equal([(HttpMethod.Put, "*")], handler.Requests);
        Assert.Equal(ObjectState.Intact, await store.CheckAsync(stored.Address));
    }

    [SkippableFact]
    public async Task With_If_None_Match_a_server_that_refuses_the_second_put_leaves_the_first()
    {
        var handler = new HonouringHandler(honourIfNoneMatch: true);
        var store = CreateS3Store(handler, S3PutMode.IfNoneMatch);
        var content = RandomNumberGenerator.GetBytes(70_000);

        var first = await store.PutAsync(new MemoryStream(content));
        var second = await store.PutAsync(new MemoryStream(content));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(ObjectState.Intact, await store.CheckAsync(first.Address));
    }

    [SkippableFact]
    public async Task With_If_None_Match_a_server_that_ignores_it_stores_the_same_bytes_again()
    {
        var store = CreateS3Store(new HonouringHandler(honourIfNoneMatch: false), S3PutMode.IfNoneMatch);
        var content = RandomNumberGenerator.GetBytes(2 * 1024 * 1024);

        var first = await store.PutAsync(new MemoryStream(content));
        var second = await store.PutAsync(new MemoryStream(content));

        Assert.True(first.Created);
        Assert.True(second.Created);
        Assert.Equal(first.Address, second.Address);
        Assert.Equal(content, await ReadAllAsync(store, first.Address));
    }

    [SkippableFact]
    public async Task A_download_link_serves_the_object_until_it_expires()
    {
        var store = CreateS3Store();
        var content = RandomNumberGenerator.GetBytes(2_000);
        var stored = await store.PutAsync(new MemoryStream(content));

        var link = await store.CreateDownloadLinkAsync(stored.Address, TimeSpan.FromSeconds(2));
        var served = await _http.GetByteArrayAsync(link);
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        using var late = await _http.GetAsync(link);

        Assert.Equal(content, served);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
    }

    [SkippableFact]
    public async Task A_link_longer_than_an_hour_is_refused()
    {
        var store = CreateS3Store();
        var stored = await store.PutAsync(new MemoryStream([1, 2, 3]));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => store.CreateDownloadLinkAsync(stored.Address, TimeSpan.FromHours(2)));
    }

    public void Dispose()
    {
        _http.Dispose();
        _recording.ForEach(c => c.Dispose());
        (_client as IDisposable)?.Dispose();
    }

    private S3ObjectStore CreateS3Store(HttpMessageHandler? handler = null, S3PutMode mode = default)
    {
        Skip.If(Endpoint is null, "CASESYSTEM_TEST_S3 is not set: scripts/test starts s3rver and sets it.");
        var endpoint = new Uri(Endpoint!);
        _client ??= new MinioClient()
            .WithEndpoint(endpoint.Host, endpoint.Port)
            .WithCredentials("S3RVER", "S3RVER")
            .WithSSL(false)
            .Build();

        var http = _http;
        if (handler is not null)
        {
            http = new HttpClient(handler);
            _recording.Add(http);
        }

        var store = new S3ObjectStore(_client, _bucket, http, mode);
        store.EnsureBucketAsync().GetAwaiter().GetResult();
        return store;
    }
}
