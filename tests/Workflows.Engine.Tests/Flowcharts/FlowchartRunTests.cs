using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Flowcharts;

/// <summary>How a flowchart runs: loops, the journal, and the guard against loops that never block.</summary>
public sealed class FlowchartRunTests
{
    private static Flow CountTo(int limit) => new Flow()
        .Variable("Count", "Int32", "0")
        .Add("start", "Elsa.Start")
        .Add("increment", "Elsa.SetVariable", ("variable", In.VariableReference("Count")),
            ("value", In.Js("getCount() + 1")))
        .Add("say", "Elsa.WriteLine", ("text", In.Js("'count ' + getCount()")))
        .Add("more", "Elsa.FlowDecision", ("condition", In.Js($"getCount() < {limit}", "Boolean")))
        .WriteLine("done", "done")
        .Chain("start", "increment", "say", "more")
        .Connect("more", "increment", "True")
        .Connect("more", "done", "False");

    [Fact]
    public async Task Loop_RepeatsUntilItsDecisionTurnsFalse()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(CountTo(3));

        Assert.Equal(["count 1", "count 2", "count 3", "done"], engine.Lines);
        Assert.Equal(3, run.Variable("Count"));
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
    }

    [Fact]
    public async Task Journal_HasOneEntryPerActivityExecution()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(CountTo(2));

        var journal = run.Instance.Journal;
        Assert.Equal(
            ["start", "increment", "say", "more", "increment", "say", "more", "done"],
            journal.Select(e => e.ActivityId));
        Assert.All(journal, e => Assert.Equal(JournalEventKind.Completed, e.Kind));
        Assert.Equal(journal.Count, journal.Select(e => e.ActivityInstance).Distinct().Count());
        Assert.Equal(journal.Select(e => e.Sequence).Order(), journal.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Journal_RecordsTheOutcomesEachExecutionGave()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(CountTo(2));

        var decisions = run.Instance.Journal.Where(e => e.ActivityId == "more").Select(e => e.Outcomes);
        Assert.Equal([["True"], ["False"]], decisions);
    }

    [Fact]
    public async Task MaxStepsPerRun_FaultsALoopThatNeverBlocks()
    {
        var engine = new TestEngine(new EngineOptions { MaxStepsPerRun = 50 });
        var flow = new Flow().WriteLine("ping", "ping").WriteLine("pong", "pong")
            .Connect("ping", "pong").Connect("pong", "ping");

        var run = await engine.RunAsync(flow);

        Assert.Equal(WorkflowSubStatus.Faulted, run.SubStatus);
        var incident = Assert.Single(run.Instance.Incidents);
        Assert.Contains("50", incident.Message, StringComparison.Ordinal);
        Assert.Equal(50, engine.Lines.Count);
    }

    [Fact]
    public async Task MaxStepsPerRun_CountsEachRunOnItsOwn()
    {
        var engine = new TestEngine(new EngineOptions { MaxStepsPerRun = 5 });
        var flow = new Flow()
            .WriteLine("a", "a").WriteLine("b", "b").WriteLine("c", "c")
            .Add("wait", "Elsa.Event", ("eventName", In.Literal("next")))
            .WriteLine("d", "d").WriteLine("e", "e").WriteLine("f", "f")
            .Chain("a", "b", "c", "wait", "d", "e", "f");
        var run = await engine.RunAsync(flow);

        var resumed = await engine.ResumeAsync(run, Assert.Single(run.Instance.Bookmarks));

        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Equal(["a", "b", "c", "d", "e", "f"], engine.Lines);
    }
}
