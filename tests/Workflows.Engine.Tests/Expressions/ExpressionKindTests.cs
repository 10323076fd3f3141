using CaseSystem.Workflows.Engine.Validation;

namespace CaseSystem.Workflows.Engine.Tests.Expressions;

/// <summary>Each kind of expression an input can hold: Literal, Object, Variable, JavaScript, Liquid.</summary>
public sealed class ExpressionKindTests
{
    private static Flow SetCount(System.Text.Json.Nodes.JsonNode value) => new Flow()
        .Variable("Count", "Int32", "1")
        .Variable("Result", "Object")
        .Add("set", "Elsa.SetVariable", ("variable", In.VariableReference("Result")), ("value", value));

    [Fact]
    public async Task Literal_IsConvertedToTheInputsType()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("decide", "Elsa.FlowDecision", ("condition", In.Literal("true", "Boolean")))
            .WriteLine("yes", "yes").Connect("decide", "yes", "True");

        await engine.RunAsync(flow);

        Assert.Equal(["yes"], engine.Lines);
    }

    [Fact]
    public async Task Object_IsAJsonDocumentInAString()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(SetCount(In.Object("""{ "permit": "B-42", "floors": [1, 2] }""")));

        var value = Assert.IsType<Dictionary<string, object?>>(run.Variable("Result"));
        Assert.Equal("B-42", value["permit"]);
        Assert.Equal([1, 2], Assert.IsType<List<object?>>(value["floors"]));
    }

    [Fact]
    public async Task Variable_ReadsTheVariablesCurrentValue()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(SetCount(In.Variable("Count")));

        Assert.Equal(1, run.Variable("Result"));
    }

    [Fact]
    public async Task Variable_WrittenAsAnObjectWithAnId_IsRead()
    {
        var engine = new TestEngine();
        var reference = new System.Text.Json.Nodes.JsonObject { ["id"] = "Count", ["name"] = "Count" };

        var run = await engine.RunAsync(SetCount(In.Expression("Variable", reference)));

        Assert.Equal(1, run.Variable("Result"));
    }

    [Fact]
    public async Task JavaScript_IsEvaluatedWhenTheActivityRuns()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(SetCount(In.Js("[getCount(), 'two'].join('-')")));

        Assert.Equal("1-two", run.Variable("Result"));
    }

    [Fact]
    public async Task Liquid_IsRenderedWhenTheActivityRuns()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(SetCount(In.Liquid("count={{ Variables.Count | plus: 1 }}")));

        Assert.Equal("count=2", run.Variable("Result"));
    }

    [Fact]
    public void Object_ThatIsNotJson_IsReportedAtCompile()
    {
        var engine = new TestEngine();

        var error = Assert.Throws<WorkflowValidationException>(() => engine.Compile(SetCount(In.Object("{ nope"))));

        Assert.Equal(("set", "value"), (Assert.Single(error.Errors).ActivityId, error.Errors[0].Input));
    }

    [Fact]
    public void Variable_ThatIsNotDeclared_IsReportedAtCompile()
    {
        var engine = new TestEngine();

        var error = Assert.Throws<WorkflowValidationException>(() => engine.Compile(SetCount(In.Variable("Missing"))));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(("set", "value"), (problem.ActivityId, problem.Input));
        Assert.Contains("'Missing'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_ThatDoesNotFitTheInputsType_IsReportedAtCompile()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("wait", "Elsa.Delay", ("timeSpan", In.Literal("soon", "TimeSpan")));

        var error = Assert.Throws<WorkflowValidationException>(() => engine.Compile(flow));

        Assert.Equal(("wait", "timeSpan"), (Assert.Single(error.Errors).ActivityId, error.Errors[0].Input));
    }
}
