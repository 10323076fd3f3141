using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Api;

/// <summary>Errors a caller can cause answer with ProblemDetails that say what to change.</summary>
public sealed class ProblemDetailsTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task MalformedJson_IsBadRequest_WithLineAndPosition()
    {
        using var client = factory.CreateApiClient();
        using var body = new StringContent("{\n  \"model\": { \"root\": ,\n}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/elsa/api/workflow-definitions", UriKind.Relative), body);

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request body is not valid JSON", (string?)problem["title"]);
        Assert.StartsWith("Line 2, position ", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDefinition_IsNotFound()
    {
        using var client = factory.CreateApiClient();

        using var response = await client.GetAsync(
            new Uri("/elsa/api/workflow-definitions/by-definition-id/no-such-definition", UriKind.Relative));

        var problem = await ReadProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("'no-such-definition'", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecutingAnUnknownDefinition_IsNotFound()
    {
        using var client = factory.CreateApiClient();

        using var response = await client.PostAsync(
            new Uri("/elsa/api/workflow-definitions/no-such-definition/execute", UriKind.Relative), null);

        await ReadProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET", "/elsa/api/workflow-instances/no-such-instance")]
    [InlineData("GET", "/elsa/api/workflow-instances/no-such-instance/journal")]
    [InlineData("GET", "/elsa/api/workflow-instances/no-such-instance/variables")]
    [InlineData("DELETE", "/elsa/api/workflow-instances/no-such-instance")]
    [InlineData("POST", "/elsa/api/cancel/workflow-instances/no-such-instance")]
    [InlineData("POST", "/elsa/api/workflow-instances/no-such-instance/retry")]
    public async Task UnknownInstance_IsNotFound(string method, string path)
    {
        using var client = factory.CreateApiClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        using var response = await client.SendAsync(request);

        var problem = await ReadProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("'no-such-instance'", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingApiKey_IsUnauthorized_AndSaysHowToSendTheKey()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/elsa/api/workflow-definitions", UriKind.Relative));

        var problem = await ReadProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Authorization: ApiKey <key>", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongApiKey_IsUnauthorized_AndSaysHowToSendTheKey()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", "not-the-key");

        using var response = await client.GetAsync(new Uri("/elsa/api/workflow-definitions", UriKind.Relative));

        var problem = await ReadProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Authorization: ApiKey <key>", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyOverTheLimit_IsTooLarge()
    {
        var settings = new Dictionary<string, string?> { ["Api:MaxRequestBodyBytes"] = "1024" };
        await using var small = new HostFactory(settings);
        small.UseKestrel(0);
        small.StartServer();
        using var client = small.CreateApiClient();
        var model = Definitions.Sequence(Definitions.NewId("large"),
            Definitions.WriteLine("say", new string('я', 2000)));

        using var response = await client.PostAsJsonAsync("/elsa/api/workflow-definitions/import", model);

        var problem = await ReadProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("Api:MaxRequestBodyBytes", (string?)problem["detail"], StringComparison.Ordinal);
    }

    private static async Task<JsonObject> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        return problem;
    }
}
