using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;
using CaseSystem.Workflows.Runtime.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseSystem.Runtime.Bench.Ours;

/// <summary>The durable runtime as an Engine.Host replica builds it, without DI, over the benchmark database.</summary>
internal sealed class BenchRuntime : IDisposable
{
    public BenchRuntime(string connectionString)
    {
        Databases = new WorkflowDbContextFactory(DatabaseProvider.Postgres, connectionString);
        var engine = new WorkflowEngine(new EngineServices { StandardOut = TextWriter.Null });
        Definitions = new DefinitionStore(engine, Databases, TimeProvider.System);
        Runtime = new WorkflowRuntime(engine, Definitions, Databases, new NoTimerScheduler(),
            Options.Create(new RuntimeOptions()), TimeProvider.System, NullLogger<WorkflowRuntime>.Instance);
        Engine = engine;
    }

    public WorkflowDbContextFactory Databases { get; }

    public WorkflowEngine Engine { get; }

    public DefinitionStore Definitions { get; }

    public WorkflowRuntime Runtime { get; }

    public async Task PublishAsync(string json)
    {
        var saved = await Definitions.SaveAsync(Engine.Read(json));
        await Runtime.PublishAsync(saved.DefinitionId);
    }

    /// <summary>The event a waiting instance waits for, addressed to it by its correlation id.</summary>
    public static Stimulus Event(string correlationId)
    {
        var bookmark = Workflows.Engine.Activities.Events.Event.Payload(BenchWorkflows.EventName);
        return new Stimulus(bookmark.Name, bookmark.ToJsonObject()) { CorrelationId = correlationId };
    }

    public void Dispose() => Runtime.Dispose();
}
