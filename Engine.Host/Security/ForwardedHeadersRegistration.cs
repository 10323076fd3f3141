using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CaseSystem.Host.Security;

/// <summary>
/// Section <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// the host believes. Empty by default, and then those headers are ignored: any client could write them, so only
/// a proxy named here may say who the client is. With a proxy named, the rate limits count each citizen by the
/// address the proxy saw, not the proxy's own.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>The proxies' addresses, such as <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>The proxies' networks in CIDR form, such as <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a row to believe, from the host outwards; one for a single proxy.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool IsEnabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>What cannot be used, each saying what to change; empty when the settings can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        problems.AddRange(KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Select(p =>
            $"{Section}:KnownProxies has '{p}', which is not an IP address such as 10.0.0.5."));
        problems.AddRange(KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)).Select(n =>
            $"{Section}:KnownNetworks has '{n}', which is not a network such as 10.0.0.0/24."));
        if (ForwardLimit < 1)
        {
            problems.Add($"{Section}:ForwardLimit must be 1 or more (the number of proxies in a row).");
        }

        return problems;
    }
}

public static class ForwardedHeadersRegistration
{
    /// <summary>Reads <c>ForwardedHeaders</c>, checked at start, and trusts only the proxies it names.</summary>
    public static IServiceCollection AddKnownProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ForwardedHeadersSettings>()
            .Bind(configuration.GetSection(ForwardedHeadersSettings.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ForwardedHeadersSettings>, SettingsCheck>();
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<ForwardedHeadersSettings>>((o, settings) =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.ForwardLimit = settings.Value.ForwardLimit;

                // ASP.NET Core trusts loopback by default; here nothing is trusted that the settings do not name.
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                foreach (var proxy in settings.Value.KnownProxies)
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var network in settings.Value.KnownNetworks)
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        return services;
    }

    /// <summary>
    /// First in the pipeline when proxies are named, so that everything after it (the rate limiter, the scheme of
    /// links and cookies) sees the client; left out otherwise.
    /// </summary>
    public static IApplicationBuilder UseKnownProxies(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Settings that cannot be used stop the host here, each problem named.
        var settings = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value;
        return settings.IsEnabled ? app.UseForwardedHeaders() : app;
    }

    private sealed class SettingsCheck : IValidateOptions<ForwardedHeadersSettings>
    {
        public ValidateOptionsResult Validate(string? name, ForwardedHeadersSettings options) =>
            options.Problems() is { Count: > 0 } problems
                ? ValidateOptionsResult.Fail(problems)
                : ValidateOptionsResult.Success;
    }
}
