using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Minio;
using Minio.DataModel.Args;

namespace CaseSystem.Host.Tests.Documents;

/// <summary>
/// The document routes with content in S3: s3rver on loopback, started by scripts/test (CASESYSTEM_TEST_S3).
/// </summary>
public sealed class S3DocumentApiTests
{
    private static readonly string? Endpoint = Environment.GetEnvironmentVariable("CASESYSTEM_TEST_S3");

    [SkippableFact]
    public async Task A_document_goes_to_S3_and_comes_back_whole_in_part_and_through_a_link()
    {
        Skip.If(Endpoint is null, "CASESYSTEM_TEST_S3 is not set: scripts/test starts s3rver and sets it.");
        var bucket = "casesystem-host-" + Guid.NewGuid().ToString("N")[..12];
        await using var factory = new HostFactory(S3Settings(bucket));
        using var client = factory.CreateApiClient();
        using var anonymous = factory.CreateClient();
        var content = Encoding.UTF8.GetBytes("%PDF-1.7\n% решение по преписка " + Guid.NewGuid() + "\n");

        var created = await DocumentCalls.UploadRawAsync(client, "СО-S3-1", content, "решение.pdf");
        var whole = await client.GetByteArrayAsync($"/api/documents/{created["id"]}/content");
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{created["id"]}/content");
        ranged.Headers.TryAddWithoutValidation("Range", "bytes=0-3");
        using var part = await client.SendAsync(ranged);
        using var linkResponse = await client.PostAsync($"/api/documents/{created["id"]}/links", null);
        var link = JsonNode.Parse(await linkResponse.Content.ReadAsStringAsync())!;

        Assert.Equal(content, whole);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("%PDF", Encoding.UTF8.GetString(await part.Content.ReadAsByteArrayAsync()));
        Assert.Equal(content, await anonymous.GetByteArrayAsync(new Uri((string)link["url"]!).PathAndQuery));
        Assert.False(Directory.Exists(Path.Combine(factory.DataFolder, "documents")));
    }

    [SkippableFact]
    public async Task A_large_document_damaged_in_S3_is_cut_off_before_its_end()
    {
        Skip.If(Endpoint is null, "CASESYSTEM_TEST_S3 is not set: scripts/test starts s3rver and sets it.");
        var bucket = "casesystem-host-" + Guid.NewGuid().ToString("N")[..12];
        await using var factory = new HostFactory(S3Settings(bucket));
        using var client = factory.CreateApiClient();
        byte[] content = [.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(3 * 1024 * 1024)];
        var created = await DocumentCalls.UploadRawAsync(client, "СО-S3-2", content, "скан.pdf");
        var sha = (string)created["versions"]![0]!["sha256"]!;
        byte[] damaged = [.. content[..^1], (byte)(content[^1] ^ 0xFF)];

        await ReplaceInBucketAsync(bucket, $"sha256/{sha[..2]}/{sha[2..4]}/{sha}", damaged);
        long received = 0;
        Exception? failure = null;
        try
        {
            using var response = await client.GetAsync(
                $"/api/documents/{created["id"]}/content", HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                received += read;
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            failure = e;
        }

        Assert.NotNull(failure);
        Assert.True(received < content.Length, $"{received} of {content.Length} bytes received");
    }

    private static Dictionary<string, string?> S3Settings(string bucket) => new()
    {
        ["Documents:Store"] = "S3",
        ["Documents:S3:Endpoint"] = Endpoint,
        ["Documents:S3:AccessKey"] = "S3RVER",
        ["Documents:S3:SecretKey"] = "S3RVER",
        ["Documents:S3:Bucket"] = bucket,
    };

    /// <summary>Writes other bytes under an object's key behind the store's back.</summary>
    private static async Task ReplaceInBucketAsync(string bucket, string key, byte[] bytes)
    {
        var endpoint = new Uri(Endpoint!);
        using var minio = (MinioClient)new MinioClient()
            .WithEndpoint(endpoint.Host, endpoint.Port)
            .WithCredentials("S3RVER", "S3RVER")
            .WithSSL(false)
            .Build();
        using var stream = new MemoryStream(bytes);
        await minio.PutObjectAsync(new PutObjectArgs()
            .WithBucket(bucket).WithObject(key).WithStreamData(stream).WithObjectSize(bytes.Length));
    }
}
