using System.Diagnostics;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;

namespace CaseSystem.Workflows.Engine.Tests.Scripts;

/// <summary>A script over a limit faults its own activity quickly, and the engine carries on serving others.</summary>
public sealed class ScriptLimitTests
{
    private const string Continue =
        "Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy, Elsa.Workflows.Core";

    // Each case trips one limit; the others are set high so that only that one can be the cause.
    public static TheoryData<string, string> Runaways { get; } = new()
    {
        { "time", "while (true) { }" },
        { "statements", "let i = 0; while (true) { i++; }" },
        { "recursion", "function down(n) { return down(n + 1); } return down(0);" },
        { "memory", "const chunks = []; while (true) { chunks.push(new Array(1000).fill('x')); }" },
    };

    private static ScriptLimits LimitsTripping(string limit) => new()
    {
        Timeout = limit == "time" ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(10),
        MaxStatements = limit == "statements" ? 10_000 : int.MaxValue,
        MaxRecursionDepth = limit == "recursion" ? 50 : 10_000,
        MemoryBytes = limit == "memory" ? 4 * 1024 * 1024 : 1024L * 1024 * 1024,
    };

    private static Flow Runaway(string script) => new Flow()
        .Add("runaway", "Elsa.RunJavaScript", ("script", In.Literal(script)))
        .WriteLine("after", "never");

    private static Flow Healthy() => new Flow("healthy")
        .Variable("Result", "String")
        .Add("js", "Elsa.RunJavaScript", ("script", In.Literal("return [1, 2, 3].map(x => x * 2).join(',');")),
            ("result", In.Output("Result")));

    [Theory]
    [MemberData(nameof(Runaways))]
    public async Task RunawayScript_FaultsItsActivityFast_WithTheLimitsCode(string limit, string script)
    {
        var engine = new TestEngine(new EngineOptions { Scripts = LimitsTripping(limit) });
        var clock = Stopwatch.StartNew();

        var run = await engine.RunAsync(Runaway(script));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        var incident = Assert.Single(run.Instance.Incidents);
        Assert.Equal(("runaway", $"script-{limit}-limit"), (incident.ActivityId, incident.Code));
        Assert.Equal("script", incident.Category);
        Assert.Equal(WorkflowSubStatus.Faulted, run.SubStatus);
    }

    [Theory]
    [MemberData(nameof(Runaways))]
    public async Task RunawayScript_LeavesTheEngineServingTheNextWorkflow(string limit, string script)
    {
        var engine = new TestEngine(new EngineOptions { Scripts = LimitsTripping(limit) });
        await engine.RunAsync(Runaway(script));

        var next = await engine.RunAsync(Healthy());

        Assert.Equal(WorkflowSubStatus.Finished, next.SubStatus);
        Assert.Equal("2,4,6", next.Variable("Result"));
    }

    [Fact]
    public async Task RunawayScript_FaultsOnlyItsActivity_WhenTheWorkflowContinuesOnIncidents()
    {
        var engine = new TestEngine(new EngineOptions { Scripts = LimitsTripping("statements") });
        var flow = new Flow()
            .Add("fork", "Elsa.FlowFork", ("branches", In.Literal(new[] { "runaway", "fine" })))
            .Add("runaway", "Elsa.RunJavaScript", ("script", In.Literal("for (;;) { }")))
            .WriteLine("fine", "fine")
            .Connect("fork", "runaway", "runaway")
            .Connect("fork", "fine", "fine")
            .Option("incidentStrategyType", Continue);

        var run = await engine.RunAsync(flow);

        Assert.Equal(["fine"], engine.Lines);
        Assert.Equal("script-statements-limit", Assert.Single(run.Instance.Incidents).Code);
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
    }

    [Fact]
    public async Task RunawayScript_InAnInputExpression_FaultsTheActivityOwningTheInput()
    {
        var engine = new TestEngine(new EngineOptions { Scripts = LimitsTripping("time") });
        var flow = new Flow().Add("say", "Elsa.WriteLine", ("text", In.Js("while (true) { }", "String")));

        var run = await engine.RunAsync(flow);

        var incident = Assert.Single(run.Instance.Incidents);
        Assert.Equal(("say", "script-time-limit"), (incident.ActivityId, incident.Code));
    }
}
