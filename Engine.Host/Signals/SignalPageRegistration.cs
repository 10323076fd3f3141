using CaseSystem.Host.Portal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseSystem.Host.Signals;

public static class SignalPageRegistration
{
    /// <summary>The signal pages' services: drafts, filing with receipt and e-mail, the request page's lines, and
    /// the signal on its tasks' pages in the inbox.</summary>
    public static IServiceCollection AddSignalPages(this IServiceCollection services)
    {
        services.TryAddSingleton<SignalDrafts>();
        services.TryAddScoped<SignalFiling>();
        services.TryAddScoped<SignalTaskDetails>();
        services.AddRequestDetails<SignalRequestDetails>();
        return services;
    }
}
