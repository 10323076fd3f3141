using System.Net.Http.Headers;
using CaseSystem.Host.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests;

/// <summary>
/// The host in memory on the embedded default, with its own temporary data folder so that nothing is written next
/// to the test binaries; the folder goes when the factory is disposed. One per test class (a class fixture), or
/// one per test when a test needs its own settings.
/// </summary>
public class HostFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public HostFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal HostFactory(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
    }

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("casesystem-host-").FullName;

    /// <summary>Replaces services after the host has registered its own: a clock the test moves, a calendar.
    /// </summary>
    internal Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>A client that sends the embedded default's API key.</summary>
    public HttpClient CreateApiClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue(ApiKeyAuthenticationHandler.SchemeName, ApiSecurityRegistration.DemoKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.UseSetting("data", DataFolder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteDataFolder();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDataFolder();
        GC.SuppressFinalize(this);
    }

    private void DeleteDataFolder()
    {
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
