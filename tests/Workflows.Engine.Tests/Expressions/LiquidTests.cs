using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Validation;

namespace CaseSystem.Workflows.Engine.Tests.Expressions;

public sealed class LiquidTests
{
    private static Flow Say(string template) =>
        new Flow().Add("say", "Elsa.WriteLine", ("text", In.Liquid(template)));

    [Fact]
    public async Task Liquid_SeesVariables()
    {
        var engine = new TestEngine();
        var flow = Say("Case {{ Variables.CaseNumber }} in {{ Variables.District | upcase }}")
            .Variable("CaseNumber", "Int32", "42").Variable("District", "String", "Sredets");

        await engine.RunAsync(flow);

        Assert.Equal(["Case 42 in SREDETS"], engine.Lines);
    }

    [Fact]
    public async Task Liquid_SeesTheWorkflowInput()
    {
        var engine = new TestEngine();
        var options = new StartOptions { Input = new Dictionary<string, object?> { ["applicant"] = "Ivan" } };

        await engine.RunAsync(Say("Dear {{ Input.applicant }},"), options);

        Assert.Equal(["Dear Ivan,"], engine.Lines);
    }

    [Fact]
    public async Task Liquid_SeesTheInstanceAndCorrelationIds()
    {
        var engine = new TestEngine();
        var options = new StartOptions { InstanceId = "instance-7", CorrelationId = "case-42" };

        await engine.RunAsync(Say("{{ WorkflowInstanceId }} / {{ CorrelationId }}"), options);

        Assert.Equal(["instance-7 / case-42"], engine.Lines);
    }

    [Fact]
    public async Task Liquid_CanBranchAndLoop()
    {
        var engine = new TestEngine();
        var flow = Say(
                "{% for d in Variables.Districts %}{{ d }}{% unless forloop.last %}, {% endunless %}{% endfor %}")
            .Variable("Districts", "String[]", """["Lozenets", "Mladost", "Vitosha"]""");

        await engine.RunAsync(flow);

        Assert.Equal(["Lozenets, Mladost, Vitosha"], engine.Lines);
    }

    [Fact]
    public void Liquid_ThatDoesNotParse_IsReportedAtCompile()
    {
        var engine = new TestEngine();

        var error = Assert.Throws<WorkflowValidationException>(() => engine.Compile(Say("{% if %}")));

        Assert.Equal(("say", "text"), (Assert.Single(error.Errors).ActivityId, error.Errors[0].Input));
    }
}
