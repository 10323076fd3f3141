using CaseSystem.Workflows.Municipal.Activities;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseSystem.Workflows.Municipal.Signals;

public static class SignalServices
{
    /// <summary>
    /// Signals: the catalogue (<see cref="SignalOptions"/>, section <c>Signals</c>, bound by the host), the service,
    /// the municipal activities and the runtime's effect store for them, letters, the citizens' outbox and the
    /// workflow's loader. Cases come with it. The host registers the <see cref="Persistence.MunicipalDbContext"/>,
    /// the runtime, and DocumentStore's <c>IObjectStore</c> (letters are stored there). Every registration here is
    /// a TryAdd, so calling this twice is harmless.
    /// </summary>
    public static IServiceCollection AddSignals(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddCases();
        services.AddOptions<SignalOptions>();
        services.TryAddSingleton<SignalCatalogue>();
        services.TryAddSingleton<ActivityFacts>();
        services.TryAddSingleton<MunicipalActivities>();
        services.TryAddSingleton<SignalLetters>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunEffectStore, MunicipalEffectStore>());
        services.TryAddSingleton<SignalWorkflow>();
        services.TryAddScoped<ICaseDocuments, StoredCaseDocuments>();
        services.TryAddScoped<SignalService>();
        services.TryAddScoped<CitizenOutbox>();
        return services;
    }
}
