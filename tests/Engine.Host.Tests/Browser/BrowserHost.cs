using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseSystem.Host.Tests.Browser;

/// <summary>
/// The host on a real loopback port and Debian's Chromium driven by Playwright, offline (never
/// <c>playwright install</c>). Tests using it are skipped, saying why, where Chromium is not installed.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private static readonly string? Chromium =
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    private IPlaywright? _playwright;

    public BrowserHost()
        : this(new Dictionary<string, string?>())
    {
    }

    internal BrowserHost(IReadOnlyDictionary<string, string?> settings)
    {
        Factory = new HostFactory(settings);
    }

    public HostFactory Factory { get; }

    public IBrowser? Browser { get; private set; }

    public Uri? Address { get; private set; }

    public async Task InitializeAsync()
    {
        if (Chromium is null)
        {
            return;
        }

        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        Address = new Uri(addresses.Addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) on a page of the host.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        Skip.If(Browser is null, "Chromium is not installed (apt-get install chromium; .ci/run installs it).");
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address!.ToString(),
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
