using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseSystem.Workflows.Municipal.Tasks;

public static class TaskServices
{
    /// <summary>
    /// Human tasks: the runtime's <see cref="IHumanTaskStore"/>, the inbox service, the deadline jobs and the check
    /// of attachments against DocumentStore. The host registers the <see cref="Persistence.MunicipalDbContext"/>,
    /// DocumentStore's <c>DocumentDbContext</c>, the runtime, an <see cref="IDepartmentDirectory"/> and, to arm
    /// reminders and escalations, its <see cref="ITaskDeadlines"/>; every registration here is a TryAdd, so those
    /// registered before win, and calling this twice is harmless.
    /// </summary>
    public static IServiceCollection AddHumanTasks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITaskDeadlines, NoTaskDeadlines>();
        services.TryAddSingleton<IHumanTaskStore, MunicipalTaskStore>();
        services.TryAddScoped<ICaseDocuments, StoredCaseDocuments>();
        services.TryAddScoped<TaskService>();
        services.TryAddScoped<TaskDeadlineJobs>();
        services.TryAddScoped<StaffOutbox>();
        return services;
    }
}
