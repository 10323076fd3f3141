using System.Net;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Api;

/// <summary>Workflows that answer HTTP requests under <c>/workflows/{path}</c>.</summary>
public sealed class HttpWorkflowTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task ImportedHelloWorld_AnswersHelloWorld_OncePublished()
    {
        using var client = factory.CreateApiClient();
        var imported = await client.ImportAsync(Fixtures.Json("http-hello-world.json"));
        await client.PublishAsync((string)imported["definitionId"]!);

        using var response = await client.GetAsync(new Uri("/workflows/hello-world", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Hello World!", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPath_AnswersNotFound_WithProblemDetails()
    {
        using var client = factory.CreateApiClient();

        using var response = await client.GetAsync(new Uri("/workflows/nobody-listens-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
