using CaseSystem.Host.Workflows;

namespace CaseSystem.Host.Open311;

public static class Open311Registration
{
    /// <summary>
    /// Open311 (<c>Open311</c>: its clients and their keys). The embedded default accepts
    /// <see cref="Open311Options.DemoKey"/> when no client is configured; production lists its clients.
    /// </summary>
    public static IServiceCollection AddOpen311(this IServiceCollection services, IConfiguration configuration)
    {
        var embedded = DatabaseSettings.From(configuration).IsEmbedded;
        services.AddOptions<Open311Options>()
            .Bind(configuration.GetSection(Open311Options.Section))
            .PostConfigure(o =>
            {
                if (o.Clients.Count == 0 && embedded)
                {
                    o.Clients.Add(new Open311Client { Name = "demo", Key = Open311Options.DemoKey });
                }
            });
        return services;
    }
}
