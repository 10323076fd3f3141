using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Flowcharts;

public sealed class IncidentStrategyTests
{
    private const string Continue =
        "Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy, Elsa.Workflows.Core";
    private const string Fault = "Elsa.Workflows.IncidentStrategies.FaultStrategy, Elsa.Workflows.Core";

    private static Flow FaultBesideAnotherBranch() => new Flow()
        .Add("fork", "Elsa.FlowFork", ("branches", In.Literal(new[] { "broken", "fine" })))
        .Add("broken", "Elsa.Fault", ("message", In.Literal("The register is offline.")))
        .WriteLine("fine", "fine")
        .WriteLine("fine2", "still fine")
        .Connect("fork", "broken", "broken")
        .Connect("fork", "fine", "fine")
        .Chain("fine", "fine2");

    [Fact]
    public async Task WithoutAStrategy_AnIncidentFaultsTheInstance()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(FaultBesideAnotherBranch());

        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Faulted), (run.Instance.Status, run.SubStatus));
        Assert.Empty(engine.Lines);
        Assert.Single(run.Instance.Incidents);
    }

    [Fact]
    public async Task FaultStrategy_AnIncidentFaultsTheInstance()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(FaultBesideAnotherBranch().Option("incidentStrategyType", Fault));

        Assert.Equal(WorkflowSubStatus.Faulted, run.SubStatus);
    }

    [Fact]
    public async Task ContinueStrategy_CarriesOnAndFinishesWithTheIncident()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(FaultBesideAnotherBranch().Option("incidentStrategyType", Continue));

        Assert.Equal(["fine", "still fine"], engine.Lines);
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Finished), (run.Instance.Status, run.SubStatus));
        Assert.Equal("broken", Assert.Single(run.Instance.Incidents).ActivityId);
        Assert.Contains(run.Instance.Journal, e => e is { ActivityId: "broken", Kind: JournalEventKind.Faulted });
    }

    [Fact]
    public async Task Retry_OfAFaultedInstance_RunsTheFaultedActivityAgain()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Variable("Attempts", "Int32", "0")
            .Add("try", "Elsa.RunJavaScript", ("script", In.Literal(
                "setAttempts(getAttempts() + 1); if (getAttempts() < 2) throw new Error('busy'); return 'ok';")))
            .WriteLine("done", "done")
            .Chain("try", "done");
        var run = await engine.RunAsync(flow);
        var incident = Assert.Single(run.Instance.Incidents);

        var retried = await engine.Engine.Runner.RetryAsync(run.Workflow, run.Instance, incident);

        Assert.Equal(WorkflowSubStatus.Finished, retried.Instance.SubStatus);
        Assert.Equal(2, run.Variable("Attempts"));
        Assert.Equal(["done"], engine.Lines);
    }
}
