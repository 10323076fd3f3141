using CaseSystem.Host.Portal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseSystem.Host.Signals;

public static class SignalPageRegistration
{
    /// <summary>The signal pages' services: drafts, filing with receipt and e-mail, and the request page's lines.
    /// </summary>
    public static IServiceCollection AddSignalPages(this IServiceCollection services)
    {
        services.TryAddSingleton<SignalDrafts>();
        services.TryAddScoped<SignalFiling>();
        services.AddRequestDetails<SignalRequestDetails>();
        return services;
    }
}
