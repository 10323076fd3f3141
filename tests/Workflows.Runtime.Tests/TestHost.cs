using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseSystem.Workflows.Runtime.Tests;

/// <summary>
/// One "host" of the runtime: its own engine, definition cache and runtime objects over a shared database, as
/// an Engine.Host replica would have. Several of them on one database make a cluster.
/// </summary>
public sealed class TestHost : IDisposable
{
    private readonly StringWriter _output = new() { NewLine = "\n" };

    public TestHost(TestDatabase database, ITimerScheduler? timers = null, RuntimeOptions? options = null,
        TimeProvider? time = null, IHumanTaskStore? tasks = null)
    {
        ArgumentNullException.ThrowIfNull(database);

        time ??= TimeProvider.System;
        Engine = new WorkflowEngine(new EngineServices(time: time) { StandardOut = TextWriter.Synchronized(_output) });
        var databases = database.Factory();
        Definitions = new DefinitionStore(Engine, databases, time);
        Runtime = new WorkflowRuntime(Engine, Definitions, databases, timers ?? new NoTimerScheduler(),
            Options.Create(options ?? new RuntimeOptions()), time, NullLogger<WorkflowRuntime>.Instance, tasks);
    }

    public WorkflowEngine Engine { get; }

    public DefinitionStore Definitions { get; }

    public WorkflowRuntime Runtime { get; }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_output)
            {
                return _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            }
        }
    }

    /// <summary>Saves and publishes a definition written as Elsa JSON; answers with its definition id.</summary>
    public async Task<string> PublishAsync(string json)
    {
        var saved = await Definitions.SaveAsync(Engine.Read(json));
        await Runtime.PublishAsync(saved.DefinitionId);
        return saved.DefinitionId;
    }

    public static Stimulus Event(string name, object? payload = null, string? correlationId = null)
    {
        var bookmark = CaseSystem.Workflows.Engine.Activities.Events.Event.Payload(name);
        return new Stimulus(bookmark.Name, bookmark.ToJsonObject(), payload) { CorrelationId = correlationId };
    }

    public void Dispose()
    {
        Runtime.Dispose();
        _output.Dispose();
    }
}
