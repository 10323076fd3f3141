using CaseSystem.Workflows.Engine.Validation;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Activities;

public sealed class PrimitiveActivityTests
{
    [Fact]
    public async Task WriteLine_WritesItsTextAsOneLine()
    {
        var engine = new TestEngine();
        var flow = new Flow().WriteLine("hello", "Здравей, София");

        await engine.RunAsync(flow);

        Assert.Equal(["Здравей, София"], engine.Lines);
    }

    [Fact]
    public async Task SetVariable_StoresTheValueConvertedToTheVariablesType()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Variable("Count", "Int32", "0")
            .Add("set", "Elsa.SetVariable", ("variable", In.VariableReference("Count")), ("value", In.Literal("41")));

        var run = await engine.RunAsync(flow);

        Assert.Equal(41, run.Variable("Count"));
    }

    [Fact]
    public void SetVariable_WithAConstantThatDoesNotFitTheType_IsRefusedBeforeItRuns()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Variable("Count", "Int32", "0")
            .Add("set", "Elsa.SetVariable", ("variable", In.VariableReference("Count")), ("value", In.Literal("many")));

        var error = Assert.Throws<WorkflowValidationException>(() => engine.Compile(flow));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(("set", "value"), (problem.ActivityId, problem.Input));
        Assert.Contains("'Count'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetVariable_WithAComputedValueThatDoesNotFitTheType_FaultsTheActivity()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Variable("Count", "Int32", "0")
            .Add("set", "Elsa.SetVariable", ("variable", In.VariableReference("Count")), ("value", In.Js("'many'")));

        var run = await engine.RunAsync(flow);

        Assert.Equal(WorkflowSubStatus.Faulted, run.SubStatus);
        var incident = Assert.Single(run.Instance.Incidents);
        Assert.Equal("set", incident.ActivityId);
        Assert.Contains("'Count'", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetName_NamesTheInstance()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("name", "Elsa.SetName", ("value", In.Literal("Building permit 42")));

        var run = await engine.RunAsync(flow);

        Assert.Equal("Building permit 42", run.Instance.Name);
    }

    [Fact]
    public async Task Correlate_SetsTheCorrelationId()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("correlate", "Elsa.Correlate", ("correlationId", In.Js("'case-' + (40 + 2)")));

        var run = await engine.RunAsync(flow, new StartOptions { CorrelationId = "before" });

        Assert.Equal("case-42", run.Instance.CorrelationId);
    }

    [Fact]
    public async Task SetOutput_SetsAWorkflowOutput()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("out", "Elsa.SetOutput",
            ("outputName", In.Literal("decision")), ("outputValue", In.Object("""{ "approved": true }""")));

        var run = await engine.RunAsync(flow);

        var decision = Assert.IsType<Dictionary<string, object?>>(run.Instance.Output["decision"]);
        Assert.Equal(true, decision["approved"]);
    }

    [Fact]
    public async Task RunJavaScript_TheScriptsValueBecomesTheResultOutput()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Variable("Total", "Int32")
            .Add("sum", "Elsa.RunJavaScript", ("script", In.Literal("[1, 2, 3].reduce((a, b) => a + b, 0) * 7")),
                ("result", In.Output("Total")));

        var run = await engine.RunAsync(flow);

        Assert.Equal(42, run.Variable("Total"));
        Assert.Equal(42d, Convert.ToDouble(run.Instance.ActivityOutputs[run.Workflow.NodeIndex["sum"]]["result"],
            System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task RunJavaScript_ThatThrows_FaultsWithTheScriptsMessage()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("js", "Elsa.RunJavaScript", ("script", In.Literal("throw new Error('no permit')")));

        var run = await engine.RunAsync(flow);

        var incident = Assert.Single(run.Instance.Incidents);
        Assert.Equal("js", incident.ActivityId);
        Assert.Contains("no permit", incident.Message, StringComparison.Ordinal);
        Assert.Equal("script", incident.Category);
    }
}
