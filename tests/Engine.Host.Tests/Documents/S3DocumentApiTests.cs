using System.Net;
using System.Text;
using System.Text.Json.Nodes;

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
        await using var factory = new HostFactory(new Dictionary<string, string?>
        {
            ["Documents:Store"] = "S3",
            ["Documents:S3:Endpoint"] = Endpoint,
            ["Documents:S3:AccessKey"] = "S3RVER",
            ["Documents:S3:SecretKey"] = "S3RVER",
            ["Documents:S3:Bucket"] = "casesystem-host-" + Guid.NewGuid().ToString("N")[..12],
        });
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
}
