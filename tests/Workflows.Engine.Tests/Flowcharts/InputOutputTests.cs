using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Flowcharts;

/// <summary>Workflow input, workflow output, and the correlation id.</summary>
public sealed class InputOutputTests
{
    [Fact]
    public async Task WorkflowInput_IsWhatActivitiesRead_AndSetOutputSetsTheWorkflowsOutput()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("out", "Elsa.SetOutput", ("outputName", In.Literal("fee")),
            ("outputValue", In.Js("getInput('area') * 2")));
        var options = new StartOptions { Input = new Dictionary<string, object?> { ["area"] = 21 } };

        var run = await engine.RunAsync(flow, options);

        Assert.Equal(21, run.Instance.Input["area"]);
        var fee = Convert.ToDouble(run.Instance.Output["fee"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(42d, fee);
    }

    [Fact]
    public async Task SetOutput_Twice_KeepsTheLastValue()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Add("first", "Elsa.SetOutput", ("outputName", In.Literal("status")), ("outputValue", In.Literal("draft")))
            .Add("second", "Elsa.SetOutput", ("outputName", In.Literal("status")), ("outputValue", In.Literal("final")))
            .Chain("first", "second");

        var run = await engine.RunAsync(flow);

        Assert.Equal("final", Assert.Single(run.Instance.Output).Value);
    }

    [Fact]
    public async Task CorrelationId_GivenAtStart_IsTheInstances()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("say", "Elsa.WriteLine", ("text", In.Js("getCorrelationId()")));

        var run = await engine.RunAsync(flow, new StartOptions { CorrelationId = "case-2025-0042" });

        Assert.Equal("case-2025-0042", run.Instance.CorrelationId);
        Assert.Equal(["case-2025-0042"], engine.Lines);
    }

    [Fact]
    public async Task InstanceId_GivenAtStart_IsUsed()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(new Flow().Add("start", "Elsa.Start"),
            new StartOptions { InstanceId = "instance-7" });

        Assert.Equal("instance-7", run.Instance.Id);
        Assert.Equal("test-workflow", run.Instance.DefinitionId);
    }
}
