using CaseSystem.Workflows.Municipal.Registration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseSystem.Workflows.Municipal.Cases;

public static class CaseServices
{
    /// <summary>
    /// Cases and the document register. The host registers the <see cref="Persistence.MunicipalDbContext"/> for
    /// its database and configures <see cref="RegistrationOptions"/>; every registration here is a TryAdd, so a
    /// real <see cref="IApplicantValidator"/> registered before wins, and calling this twice is harmless.
    /// </summary>
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<RegistrationOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RegistrationIndexFormat>();
        services.TryAddSingleton<IApplicantValidator, IdentifierApplicantValidator>();
        services.TryAddScoped<DocumentRegister>();
        services.TryAddScoped<CaseService>();
        return services;
    }
}
