using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Api;

/// <summary>Saving with <c>publish: true</c>: a valid definition is published with its triggers, an invalid one is
/// refused whole.</summary>
public sealed class PublishValidationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task SaveWithPublish_PublishesCron_AndItsTriggerIsIndexed()
    {
        using var client = factory.CreateApiClient();
        var model = Fixtures.Json("cron-every-hour.json");

        var saved = await client.SaveAsync(model, publish: true);
        var published = await client.PublishAsync((string)saved["definitionId"]!);

        Assert.True((bool)saved["isPublished"]!);
        var trigger = Assert.Single((JsonArray)published["triggers"]!);
        Assert.Equal("Elsa.Cron", (string?)trigger!["name"]);
        Assert.Equal("13658e4b3bfafaaf", (string?)trigger["activityId"]);
    }

    [Fact]
    public async Task SaveWithPublish_RefusesAnInvalidCronExpression_NamingActivityAndInput_AndSavesNothing()
    {
        using var client = factory.CreateApiClient();
        var model = WithCronExpression(Fixtures.Json("cron-every-hour.json"), "every full moon");
        var definitionId = Definitions.NewId("bad-cron");
        model["definitionId"] = definitionId;

        using var response = await client.PostAsJsonAsync("/elsa/api/workflow-definitions",
            new JsonObject { ["model"] = model, ["publish"] = true });
        using var lookup = await client.GetAsync(
            new Uri($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var error = Assert.Single((JsonArray)problem["errors"]!)!;
        Assert.Equal("13658e4b3bfafaaf", (string?)error["activityId"]);
        Assert.Equal("cronExpression", (string?)error["input"]);
        Assert.Contains("every full moon", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    private static JsonObject WithCronExpression(JsonObject model, string expression)
    {
        var cron = ((JsonArray)model["root"]!["activities"]!).Single(a => (string?)a!["type"] == "Elsa.Cron")!;
        cron["cronExpression"]!["expression"]!["value"] = expression;
        return model;
    }
}
