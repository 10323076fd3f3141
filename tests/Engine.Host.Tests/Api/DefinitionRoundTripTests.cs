using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Api;

/// <summary>A definition's life through the API: versions, publishing, reverting, export and deletion.</summary>
public sealed class DefinitionRoundTripTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Route = "/elsa/api/workflow-definitions";

    [Fact]
    public async Task Definition_GoesThroughSavePublishRetractRevertExportAndDelete()
    {
        using var client = factory.CreateApiClient();
        var definitionId = Definitions.NewId("round-trip");
        var first = Definitions.Sequence(definitionId, Definitions.WriteLine("say", "първа версия"));
        var second = Definitions.Sequence(definitionId, Definitions.WriteLine("say", "втора версия"));

        var draft = await client.SaveAsync(first);
        var published = await client.PublishAsync(definitionId);
        var secondDraft = await client.SaveAsync(second);
        var retracted = await client.PostOkAsync($"{Route}/{definitionId}/retract", null);
        var reverted = await client.PostOkAsync($"{Route}/{definitionId}/revert/1", null);
        var versions = await client.GetFromJsonAsync<JsonArray>($"{Route}/{definitionId}/versions");

        Assert.Equal(1, (int)draft["version"]!);
        Assert.False((bool)draft["isPublished"]!);
        Assert.True((bool)published["definition"]!["isPublished"]!);
        Assert.Equal(2, (int)secondDraft["version"]!);
        Assert.False((bool)retracted["isPublished"]!);
        Assert.Equal(3, (int)reverted["version"]!);
        Assert.Equal("първа версия", TextOf(reverted));
        Assert.Equal([1, 2, 3], versions!.Select(v => (int)v!["version"]!));
        Assert.Equal([false, false, true], versions!.Select(v => (bool)v!["isLatest"]!));
        Assert.All(versions!, v => Assert.False((bool)v!["isPublished"]!));
    }

    [Fact]
    public async Task Export_IsAFileDownload_WhoseJsonReimportsEqual()
    {
        using var client = factory.CreateApiClient();
        var definitionId = Definitions.NewId("export");
        await client.SaveAsync(Definitions.Sequence(definitionId, Definitions.WriteLine("say", "Здравей")));

        using var export = await client.GetAsync(new Uri($"{Route}/{definitionId}/export", UriKind.Relative));
        var exported = JsonNode.Parse(await export.Content.ReadAsStringAsync())!.AsObject();
        await client.ImportAsync(exported);
        using var again = await client.GetAsync(new Uri($"{Route}/{definitionId}/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".json", export.Content.Headers.ContentDisposition?.FileNameStar
            ?? export.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var reexported = await again.Content.ReadAsStringAsync();
        Assert.True(JsonNode.DeepEquals(exported, JsonNode.Parse(reexported)), reexported);
        Assert.Equal("Здравей", TextOf(exported));
    }

    [Fact]
    public async Task Delete_RemovesEveryVersion()
    {
        using var client = factory.CreateApiClient();
        var definitionId = Definitions.NewId("delete");
        await client.PublishNewAsync(Definitions.Sequence(definitionId, Definitions.WriteLine("a", "a")));
        await client.SaveAsync(Definitions.Sequence(definitionId, Definitions.WriteLine("a", "b")));

        using var deleted = await client.DeleteAsync(new Uri($"{Route}/{definitionId}", UriKind.Relative));
        using var lookup = await client.GetAsync(
            new Uri($"{Route}/by-definition-id/{definitionId}", UriKind.Relative));
        using var versions = await client.GetAsync(new Uri($"{Route}/{definitionId}/versions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, versions.StatusCode);
    }

    [Fact]
    public async Task ByIdAndPublished_FindTheVersionsThemselves()
    {
        using var client = factory.CreateApiClient();
        var definitionId = Definitions.NewId("lookup");
        await client.PublishNewAsync(Definitions.Sequence(definitionId, Definitions.WriteLine("a", "v1")));
        var draft = await client.SaveAsync(
            Definitions.Sequence(definitionId, Definitions.WriteLine("a", "v2")));

        var byId = await client.GetOkAsync($"{Route}/by-id/{draft["id"]}");
        var publishedVersion = await client.GetOkAsync(
            $"{Route}/by-definition-id/{definitionId}?versionOptions=Published");

        Assert.Equal("v2", TextOf(byId));
        Assert.Equal("v1", TextOf(publishedVersion));
        Assert.Equal(1, (int)publishedVersion["version"]!);
    }

    private static string? TextOf(JsonObject definition) =>
        (string?)definition["root"]!["activities"]![0]!["text"]!["expression"]!["value"];
}
