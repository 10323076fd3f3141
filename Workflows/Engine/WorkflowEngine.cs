using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine;

/// <summary>The engine in one object: read definitions, validate and compile them, run them in memory.</summary>
public sealed class WorkflowEngine
{
    public WorkflowEngine(EngineServices? services = null, ActivityRegistry? registry = null)
    {
        Services = services ?? new EngineServices();
        Registry = registry ?? ActivityRegistry.CreateDefault();
        Compiler = new WorkflowCompiler(Registry, Services);
        Runner = new WorkflowRunner(Services);
    }

    public EngineServices Services { get; }

    public ActivityRegistry Registry { get; }

    public WorkflowCompiler Compiler { get; }

    public WorkflowRunner Runner { get; }

    /// <summary>Reads Elsa 3 JSON; activity types this engine does not know are kept as placeholders.</summary>
    public WorkflowDefinition Read(string json) => DefinitionReader.Read(json, Registry.IsKnown);

    public static string Write(WorkflowDefinition definition) => DefinitionWriter.WriteString(definition);

    public CompiledWorkflow Compile(WorkflowDefinition definition) => Compiler.Compile(definition);

    public ValueTask<RunResult> StartAsync(CompiledWorkflow workflow, StartOptions? options = null) =>
        Runner.StartAsync(workflow, options);
}
