using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Activities;

/// <summary>ExecuteWorkflow and DispatchWorkflow through the in-memory runtime.</summary>
public sealed class CompositionActivityTests
{
    private static Flow Greeter() => new Flow("greeter").Add("out", "Elsa.SetOutput",
        ("outputName", In.Literal("greeting")), ("outputValue", In.Js("'Hello, ' + getInput('name')")));

    private static Flow Waiter() => new Flow("waiter")
        .Add("wait", "Elsa.Event", ("eventName", In.Literal("child-go")))
        .WriteLine("child", "child done")
        .Chain("wait", "child");

    private static Flow Parent(string type, string child, bool? wait = null) => new Flow("parent")
        .Variable("Result", "Object")
        .Add("run", type, ("workflowDefinitionId", In.Literal(child)), ("input", In.Object("""{ "name": "Sofia" }""")),
            ("waitForCompletion", wait is null ? null : In.Literal(wait.Value)), ("result", In.Output("Result")))
        .WriteLine("after", "parent done")
        .Chain("run", "after");

    [Fact]
    public async Task ExecuteWorkflow_RunsTheChildNow_AndOutputsItsOutput()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        runtime.Publish(engine, Greeter());
        var parent = runtime.Publish(engine, Parent("Elsa.ExecuteWorkflow", "greeter"));

        var run = new FlowRun(parent, await runtime.StartAsync("parent"));

        var output = Assert.IsType<Dictionary<string, object?>>(run.Variable("Result"));
        Assert.Equal("Hello, Sofia", output["greeting"]);
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
    }

    [Fact]
    public async Task ExecuteWorkflow_WhoseChildBlocks_WaitsUntilTheChildFinishes()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        runtime.Publish(engine, Waiter());
        runtime.Publish(engine, Parent("Elsa.ExecuteWorkflow", "waiter"));
        var parent = await runtime.StartAsync("parent");
        var statusBefore = parent.Instance.SubStatus;

        await runtime.StimulateAsync(Stimuli.Event("child-go"));

        Assert.Equal(WorkflowSubStatus.Suspended, statusBefore);
        Assert.Equal(WorkflowSubStatus.Finished, parent.Instance.SubStatus);
        Assert.Equal(["child done", "parent done"], engine.Lines);
    }

    [Fact]
    public async Task DispatchWorkflow_QueuesTheChildAfterThisRun_AndOutputsItsInstanceId()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        runtime.Publish(engine, Greeter().WriteLine("said", "child ran").Chain("out", "said"));
        var parent = runtime.Publish(engine, Parent("Elsa.DispatchWorkflow", "greeter"));

        var run = new FlowRun(parent, await runtime.StartAsync("parent"));

        var child = runtime.FindInstance(Assert.IsType<string>(run.Variable("Result")));
        Assert.Equal(["parent done", "child ran"], engine.Lines);
        Assert.Equal("Hello, Sofia", child?.Output["greeting"]);
        Assert.Equal(WorkflowSubStatus.Finished, child?.SubStatus);
    }

    [Fact]
    public async Task DispatchWorkflow_ThatWaits_ContinuesWithTheChildsOutputOnceItFinishes()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        runtime.Publish(engine, Greeter());
        var parent = runtime.Publish(engine, Parent("Elsa.DispatchWorkflow", "greeter", wait: true));

        var run = new FlowRun(parent, await runtime.StartAsync("parent"));

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Equal("Hello, Sofia", Assert.IsType<Dictionary<string, object?>>(run.Variable("Result"))["greeting"]);
    }
}
