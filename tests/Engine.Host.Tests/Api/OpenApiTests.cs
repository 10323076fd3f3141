using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseSystem.Host.Tests.Api;

/// <summary>The API describes itself: an OpenAPI document, and a Scalar page to read it.</summary>
public sealed class OpenApiTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task OpenApiDocument_ListsTheManagementRoutes()
    {
        using var client = factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json");

        var paths = ((JsonObject)document!["paths"]!).Select(p => p.Key).ToList();
        Assert.Contains("/elsa/api/workflow-definitions", paths);
        Assert.Contains("/elsa/api/workflow-definitions/{definitionId}/publish", paths);
        Assert.Contains("/elsa/api/workflow-instances/{id}/journal", paths);
        Assert.Contains("/elsa/api/events/{eventName}/trigger", paths);
        Assert.Contains("/elsa/api/descriptors/activities", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/workflows/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScalarPage_Answers()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Scalar API Reference", page, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityDescriptors_ListTheElsaActivities()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("ApiKey", Security.ApiSecurityRegistration.DemoKey);

        var descriptors = await client.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/activities");

        var types = ((JsonArray)descriptors!["items"]!).Select(d => (string?)d!["typeName"]).ToList();
        Assert.Contains("Elsa.Event", types);
        Assert.Contains("Elsa.HttpEndpoint", types);
        Assert.Equal(types.Count, (int)descriptors["count"]!);
    }
}
