using System.Net;
using CaseSystem.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>
/// Behind a reverse proxy: the rate limits count each citizen by <c>X-Forwarded-For</c> only when the request
/// comes from a proxy that <c>ForwardedHeaders</c> names; otherwise the header is anybody's word and is ignored.
/// The host listens on a real loopback port, so the connection's address is 127.0.0.1 as a proxy's would be.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const int Limit = 2;

    [Theory]
    [InlineData("KnownProxies", "127.0.0.1")]
    [InlineData("KnownNetworks", "127.0.0.0/8")]
    public async Task Behind_a_known_proxy_two_citizens_with_different_forwarded_addresses_have_separate_limits(
        string setting, string value)
    {
        await using var host = Start(new() { [$"ForwardedHeaders:{setting}:0"] = value });
        using var first = host.Client("203.0.113.7");
        using var second = host.Client("203.0.113.8");

        var firsts = await AttemptsAsync(first, Limit + 1);
        var seconds = await AttemptsAsync(second, 1);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests],
            firsts);
        Assert.Equal([HttpStatusCode.BadRequest], seconds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("192.0.2.10")]
    public async Task Without_the_proxy_named_the_forwarded_address_is_ignored_and_both_share_one_limit(
        string? otherProxy)
    {
        var settings = new Dictionary<string, string?>();
        if (otherProxy is not null)
        {
            settings["ForwardedHeaders:KnownProxies:0"] = otherProxy;
        }

        await using var host = Start(settings);
        using var first = host.Client("203.0.113.7");
        using var second = host.Client("203.0.113.8");

        var firsts = await AttemptsAsync(first, Limit);
        var seconds = await AttemptsAsync(second, 1);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], firsts);
        Assert.Equal([HttpStatusCode.TooManyRequests], seconds);
    }

    [Fact]
    public async Task A_proxy_that_is_not_an_address_stops_the_host_saying_what_to_change()
    {
        await using var factory = new HostFactory(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "proxy.example",
        });

        var failure = Record.Exception(() => factory.Server);

        Assert.NotNull(failure);
        Assert.Contains("ForwardedHeaders:KnownProxies has 'proxy.example'", failure.ToString(),
            StringComparison.Ordinal);
    }

    // Tracking attempts with a code that matches nothing: each is answered 400 until the limit, then 429.
    private static async Task<List<HttpStatusCode>> AttemptsAsync(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.SubmitAsync("/track", ("index", "СОА26-ВХ-1/04.12.2026"),
                ("code", "AAAAAAAA"));
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static LoopbackHost Start(Dictionary<string, string?> settings)
    {
        settings["Portal:Tracking:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var factory = new HostFactory(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new LoopbackHost(factory, new Uri(addresses.Addresses.First()));
    }

    private sealed class LoopbackHost(HostFactory factory, Uri address) : IAsyncDisposable
    {
        /// <summary>A browser on loopback (cookies kept, redirects shown) whose requests say they are forwarded
        /// for <paramref name="forwardedFor"/>.</summary>
        public HttpClient Client(string forwardedFor)
        {
#pragma warning disable CA2000 // The client owns its handler and disposes it.
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
            {
                BaseAddress = address,
            };
#pragma warning restore CA2000
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            return client;
        }

        public ValueTask DisposeAsync() => factory.DisposeAsync();
    }
}
