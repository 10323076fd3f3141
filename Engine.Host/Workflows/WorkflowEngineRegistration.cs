using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;
using CaseSystem.Workflows.Runtime.Scheduling;
using Hangfire;
using Hangfire.PostgreSql;
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
            sp.GetRequiredService<TimeProvider>())
        {
            // The municipal layer registers the Bulgarian calendar; without it, weekends are the only days off.
            Calendar = sp.GetService<IWorkingCalendar>() ?? WeekdayCalendar.Instance,
        });
        services.TryAddSingleton(sp => new WorkflowEngine(sp.GetRequiredService<EngineServices>()));
        return services;
    }

    /// <summary>
    /// Registers the durable runtime on the configured database (<c>Database:Provider</c>: Sqlite, the embedded
    /// default in the data folder, or Postgres with <c>ConnectionStrings:Workflows</c>), with Hangfire for time.
    /// </summary>
    public static IServiceCollection AddWorkflowRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkflowEngine(configuration);
        services.AddOptions<RuntimeOptions>().Bind(configuration.GetSection("Runtime"));

        var database = DatabaseSettings.From(configuration);
        services.TryAddSingleton(database);
        services.TryAddSingleton(_ => new WorkflowDbContextFactory(database.Provider, database.ConnectionString));
        services.TryAddSingleton<DefinitionStore>();
        services.TryAddSingleton<WorkflowRuntime>();
        services.TryAddSingleton<ITimerScheduler, HangfireTimerScheduler>();
        services.TryAddTransient<TimerJobs>();

        // Before Hangfire's server: the schema must be current before any job touches it.
        services.AddHostedService<RuntimeStartup>();
        services.AddHangfire((sp, hangfire) =>
        {
            hangfire.UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<ILoggerFactory>()));
            hangfire.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.Postgres)
            {
                hangfire.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString));
            }
            else
            {
                // Not durable: at every start the runtime re-arms timers and time triggers from its own tables.
                hangfire.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer((sp, server) =>
        {
            var polling = configuration.GetValue<TimeSpan?>("Hangfire:SchedulePollingInterval");
            server.SchedulePollingInterval = polling ?? TimeSpan.FromMilliseconds(200);
            server.WorkerCount = configuration.GetValue<int?>("Hangfire:WorkerCount") ?? Environment.ProcessorCount * 2;
        });

        services.AddHostedService<RuntimeWorker>();
        return services;
    }
}

/// <summary>Which database the runtime uses.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataFolder)
{
    public bool IsEmbedded => Provider == DatabaseProvider.Sqlite;

    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var folder = Workflows.DataFolder.Resolve(configuration);
        var provider = configuration.GetValue<DatabaseProvider?>("Database:Provider") ?? DatabaseProvider.Sqlite;
        var connectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(folder, "casesystem.db")}"
            : configuration.GetConnectionString("Workflows")
                ?? throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Workflows is not set; set it " +
                    "(ConnectionStrings__Workflows in the environment).");
        return new DatabaseSettings(provider, connectionString, folder);
    }
}

/// <summary>At start: bring the schema up to date, then put time back in Hangfire's hands.</summary>
internal sealed class RuntimeStartup(WorkflowDbContextFactory databases, WorkflowRuntime runtime,
    DatabaseSettings database) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await databases.MigrateAsync(cancellationToken);
        await runtime.ArmTimeTriggersAsync(includeChains: database.IsEmbedded, cancellationToken);
        await runtime.RearmTimersAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
