using System.Text.RegularExpressions;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Expressions;

/// <summary>The helper functions Elsa gives scripts, each used as a workflow would use it.</summary>
public sealed partial class JavaScriptHelperTests
{
    /// <summary>A flow whose last activity runs <paramref name="script"/> and stores its value in Result.</summary>
    private static Flow Script(string script, Flow? before = null, string? after = null)
    {
        var flow = (before ?? new Flow("scripted"))
            .Variable("Result", "String")
            .Add("js", "Elsa.RunJavaScript", ("script", In.Literal(script)), ("result", In.Output("Result")));
        return after is null ? flow : flow.Chain(after, "js");
    }

    [Fact]
    public async Task GetXAndSetX_ReadAndWriteVariableX()
    {
        var engine = new TestEngine();
        var flow = Script("setCount(getCount() + 41); return getCount();", new Flow().Variable("Count", "Int32", "1"));

        var run = await engine.RunAsync(flow);

        Assert.Equal(42, run.Variable("Count"));
        Assert.Equal("42", run.Variable("Result"));
    }

    [Fact]
    public async Task VariablesObject_ChangesAreCopiedBack()
    {
        var engine = new TestEngine();
        var before = new Flow().Variable("Count", "Int32", "21").Variable("Name", "String", "old");
        var flow = Script("variables.Count = variables.Count * 2; variables.Name = 'new';", before);

        var run = await engine.RunAsync(flow);

        Assert.Equal((42, "new"), (run.Variable("Count"), run.Variable("Name")));
    }

    [Fact]
    public async Task VariablesObject_ChangesMadeInPlaceToAnArray_AreCopiedBack()
    {
        var engine = new TestEngine();
        var flow = Script("variables.Districts.push('Mladost');",
            new Flow().Variable("Districts", "String[]", """["Lozenets"]"""));

        var run = await engine.RunAsync(flow);

        Assert.Equal(new List<string> { "Lozenets", "Mladost" }, run.Variable("Districts"));
    }

    [Fact]
    public async Task VariablesObject_LeftAlone_DoesNotUndoASetterCall()
    {
        var engine = new TestEngine();
        var flow = Script("setDistricts(['Vitosha']); return variables.Districts.length;",
            new Flow().Variable("Districts", "String[]", """["Lozenets", "Mladost"]"""));

        var run = await engine.RunAsync(flow);

        Assert.Equal(new List<string> { "Vitosha" }, run.Variable("Districts"));
    }

    [Fact]
    public async Task GetVariableAndSetVariable_WorkByName()
    {
        var engine = new TestEngine();
        var flow = Script("setVariable('Count', getVariable('Count') + 1); return getVariable('Count');",
            new Flow().Variable("Count", "Int32", "41"));

        var run = await engine.RunAsync(flow);

        Assert.Equal(42, run.Variable("Count"));
    }

    [Fact]
    public async Task GetInput_ReadsTheWorkflowsInput()
    {
        var engine = new TestEngine();
        var options = new StartOptions { Input = new Dictionary<string, object?> { ["district"] = "Sredets" } };

        var run = await engine.RunAsync(Script("'district: ' + getInput('district')"), options);

        Assert.Equal("district: Sredets", run.Variable("Result"));
    }

    [Fact]
    public async Task GetXFromY_ReadsOutputXOfTheActivityNamedY()
    {
        var engine = new TestEngine();
        var before = new Flow().Add("Calc", "Elsa.RunJavaScript", ("script", In.Literal("6 * 7")));

        var run = await engine.RunAsync(Script("getResultFromCalc() + 1", before, after: "Calc"));

        Assert.Equal("43", run.Variable("Result"));
    }

    [Fact]
    public async Task GetOutputFrom_ReadsAnOutputByActivityAndOutputName()
    {
        var engine = new TestEngine();
        var before = new Flow().Add("Calc", "Elsa.RunJavaScript", ("script", In.Literal("'from calc'")));

        var run = await engine.RunAsync(Script("getOutputFrom('Calc', 'result')", before, after: "Calc"));

        Assert.Equal("from calc", run.Variable("Result"));
    }

    [Fact]
    public async Task GetLastResult_ReadsTheLastOutputSet()
    {
        var engine = new TestEngine();
        var before = new Flow().Add("Calc", "Elsa.RunJavaScript", ("script", In.Literal("'last one'")));

        var run = await engine.RunAsync(Script("getLastResult()", before, after: "Calc"));

        Assert.Equal("last one", run.Variable("Result"));
    }

    [Fact]
    public async Task GetWorkflowInstanceIdAndDefinitionId_NameTheRunningInstance()
    {
        var engine = new TestEngine();
        var options = new StartOptions { InstanceId = "instance-7" };

        var run = await engine.RunAsync(Script("getWorkflowInstanceId() + '/' + getWorkflowDefinitionId()"), options);

        Assert.Equal("instance-7/scripted", run.Variable("Result"));
    }

    [Fact]
    public async Task GetAndSetCorrelationId_ReadAndChangeTheInstancesCorrelationId()
    {
        var engine = new TestEngine();
        var options = new StartOptions { CorrelationId = "case-1" };

        var run = await engine.RunAsync(Script("setCorrelationId(getCorrelationId() + '-appeal')"), options);

        Assert.Equal("case-1-appeal", run.Instance.CorrelationId);
    }

    [Theory]
    [InlineData("newGuid()")]
    [InlineData("newGuidString()")]
    public async Task NewGuid_GivesAFreshGuidEachCall(string call)
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(Script($"const a = {call}, b = {call}; return a === b ? 'same' : a;"));

        Assert.True(Guid.TryParse((string?)run.Variable("Result"), out _), (string?)run.Variable("Result"));
    }

    [Fact]
    public async Task NewShortGuid_GivesTwentyTwoUrlSafeCharacters()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(Script("newShortGuid()"));

        Assert.Matches(ShortGuid(), (string?)run.Variable("Result"));
    }

    [Fact]
    public async Task IsNullOrEmptyAndIsNullOrWhiteSpace_TestStringsAsDotNetDoes()
    {
        var engine = new TestEngine();
        const string script = "[isNullOrEmpty(''), isNullOrEmpty(null), isNullOrEmpty(' '), " +
            "isNullOrWhiteSpace(' '), isNullOrWhiteSpace('x')].join(',')";

        var run = await engine.RunAsync(Script(script));

        Assert.Equal("true,true,false,true,false", run.Variable("Result"));
    }

    [Fact]
    public async Task ToJson_SerialisesAValue()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(Script("toJson({ caseId: 42, tags: ['urgent'], closed: false })"));

        Assert.Equal("""{"caseId":42,"tags":["urgent"],"closed":false}""", run.Variable("Result"));
    }

    [Fact]
    public async Task SetOutcome_ChoosesThePortRunJavaScriptFollows()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Add("js", "Elsa.RunJavaScript", ("script", In.Literal("setOutcome('Reject')")),
                ("possibleOutcomes", In.Literal(new[] { "Approve", "Reject" })))
            .WriteLine("approve", "approve")
            .WriteLine("reject", "reject")
            .Connect("js", "approve", "Approve")
            .Connect("js", "reject", "Reject");

        await engine.RunAsync(flow);

        Assert.Equal(["reject"], engine.Lines);
    }

    [Fact]
    public async Task SetOutcomes_ChoosesSeveralPorts()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Add("js", "Elsa.RunJavaScript", ("script", In.Literal("setOutcomes(['Approve', 'Notify'])")),
                ("possibleOutcomes", In.Literal(new[] { "Approve", "Reject", "Notify" })))
            .WriteLine("approve", "approve")
            .WriteLine("reject", "reject")
            .WriteLine("notify", "notify")
            .Connect("js", "approve", "Approve")
            .Connect("js", "reject", "Reject")
            .Connect("js", "notify", "Notify");

        await engine.RunAsync(flow);

        Assert.Equal(["approve", "notify"], engine.Lines);
    }

    [Fact]
    public async Task TopLevelReturn_IsAllowed()
    {
        var engine = new TestEngine();
        var flow = Script("if (getCount() > 0) { return 'positive'; }\nreturn 'not positive';",
            new Flow().Variable("Count", "Int32", "3"));

        var run = await engine.RunAsync(flow);

        Assert.Equal("positive", run.Variable("Result"));
    }

    [Fact]
    public async Task GlobalState_DoesNotLeakBetweenInstances()
    {
        var engine = new TestEngine();
        var workflow = engine.Compile(Script("globalThis.seen = (globalThis.seen || 0) + 1; return seen;"));

        var first = await engine.Engine.StartAsync(workflow);
        var second = await engine.Engine.StartAsync(workflow);

        Assert.Equal("1", first.Instance.Variables[workflow.FindVariable("Result")]);
        Assert.Equal("1", second.Instance.Variables[workflow.FindVariable("Result")]);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{22}$")]
    private static partial Regex ShortGuid();
}
