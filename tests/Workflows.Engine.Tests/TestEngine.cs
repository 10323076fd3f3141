using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests;

/// <summary>An engine whose WriteLine output each test can read.</summary>
internal sealed class TestEngine
{
    public TestEngine(EngineOptions? options = null, TimeProvider? time = null)
    {
        Engine = new WorkflowEngine(new EngineServices(options, time) { StandardOut = Output });
    }

    public StringWriter Output { get; } = new() { NewLine = "\n" };

    public WorkflowEngine Engine { get; }

    public IReadOnlyList<string> Lines =>
        Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Compat", "elsa", name));

    public WorkflowDefinition Read(string json) => Engine.Read(json);

    public CompiledWorkflow Compile(string json) => Engine.Compile(Read(json));

    public async Task<RunResult> RunAsync(string json, StartOptions? options = null) =>
        await Engine.StartAsync(Compile(json), options);
}
