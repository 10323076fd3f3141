using CaseSystem.Tasks.Bench.Seeding;
using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Tasks;
using CaseSystem.Workflows.Runtime;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;
using CaseSystem.Workflows.Runtime.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseSystem.Tasks.Bench.Measuring;

/// <summary>
/// The inbox's two tabs as the host serves them: per request a new <see cref="PostgresMunicipalDbContext"/> (the
/// host registers it scoped) and a <see cref="TaskService"/> on it, then <see cref="TaskService.ListAsync"/> for
/// a clerk of one department. The runtime is the real one; listing never calls it.
/// </summary>
internal sealed class InboxQueries : IDisposable
{
    private readonly DbContextOptions<PostgresMunicipalDbContext> _options;
    private readonly WorkflowRuntime _runtime;

    public InboxQueries(string connectionString, DbContextOptions<PostgresMunicipalDbContext>? options = null)
    {
        _options = options ?? PostgresMunicipalDbContext.Options(connectionString);
        var databases = new WorkflowDbContextFactory(DatabaseProvider.Postgres, connectionString);
        var engine = new WorkflowEngine(new EngineServices { StandardOut = TextWriter.Null });
        _runtime = new WorkflowRuntime(engine, new DefinitionStore(engine, databases, TimeProvider.System), databases,
            new NoTimerScheduler(), Options.Create(new RuntimeOptions()), TimeProvider.System,
            NullLogger<WorkflowRuntime>.Instance);
    }

    /// <summary>"My tasks": owned or delegated to the clerk, nearest deadline first, 25 a page.</summary>
    public static TaskFilter Mine { get; } = new() { Mine = true, Sort = TaskSort.Due, PageSize = 25 };

    /// <summary>"My groups": open and unclaimed in the clerk's department, or naming them a candidate.</summary>
    public static TaskFilter MyGroups { get; } = new() { MyGroups = true, Sort = TaskSort.Due, PageSize = 25 };

    /// <summary>Both tabs at once, as the inbox opens.</summary>
    public static TaskFilter Both { get; } =
        new() { Mine = true, MyGroups = true, Sort = TaskSort.Due, PageSize = 25 };

    public static TaskActor Clerk(Population population, int user)
    {
        ArgumentNullException.ThrowIfNull(population);
        return new TaskActor(Population.UserName(user), [population.DepartmentOf(user)], IsSupervisor: false,
            IsAdministrator: false);
    }

    public async Task<TaskPage> ListAsync(TaskActor actor, TaskFilter filter)
    {
        await using var db = new PostgresMunicipalDbContext(_options);
        var service = new TaskService(db, _runtime, TimeProvider.System);
        return await service.ListAsync(actor, filter);
    }

    public void Dispose() => _runtime.Dispose();
}
