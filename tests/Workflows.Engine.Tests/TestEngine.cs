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

    public CompiledWorkflow Compile(Flow flow) => Compile(flow.Json);

    public async Task<FlowRun> RunAsync(Flow flow, StartOptions? options = null)
    {
        var workflow = Compile(flow);
        return new FlowRun(workflow, await Engine.StartAsync(workflow, options));
    }

    /// <summary>Resumes a bookmark of an instance the engine started.</summary>
    public async Task<FlowRun> ResumeAsync(FlowRun run, Bookmark bookmark, object? input = null) =>
        new(run.Workflow, await Engine.Runner.ResumeAsync(run.Workflow, run.Instance, bookmark.Id, input));
}

/// <summary>A run and the workflow it ran, so a test can read variables by name.</summary>
internal sealed record FlowRun(CompiledWorkflow Workflow, RunResult Result)
{
    public WorkflowInstance Instance => Result.Instance;

    public WorkflowSubStatus SubStatus => Instance.SubStatus;

    public object? Variable(string name) => Instance.Variables[Workflow.FindVariable(name)];
}
