using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseSystem.Host.Workflows;

public static class WorkflowEngineRegistration
{
    /// <summary>
    /// Registers the engine with its options bound from the <c>Engine</c> section; safe to call twice.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EngineOptions>().Bind(configuration.GetSection("Engine"));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new EngineServices(
            sp.GetRequiredService<IOptions<EngineOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new WorkflowEngine(sp.GetRequiredService<EngineServices>()));
        return services;
    }
}
