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
        (_client as IDisposable)?.Dispose();
    }

    private S3ObjectStore CreateS3Store()
    {
        Skip.If(Endpoint is null, "CASESYSTEM_TEST_S3 is not set: scripts/test starts s3rver and sets it.");
        var endpoint = new Uri(Endpoint!);
        _client ??= new MinioClient()
            .WithEndpoint(endpoint.Host, endpoint.Port)
            .WithCredentials("S3RVER", "S3RVER")
            .WithSSL(false)
            .Build();

        var store = new S3ObjectStore(_client, _bucket, _http);
        store.EnsureBucketAsync().GetAwaiter().GetResult();
        return store;
    }
}
