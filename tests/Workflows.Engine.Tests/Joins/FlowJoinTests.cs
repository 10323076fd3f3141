using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Joins;

/// <summary>
/// FlowJoin in its three modes, under both join modes: Counter (Elsa's default) waits only for branches still
/// active, Token waits for a token on every inbound connection.
/// </summary>
public sealed class FlowJoinTests
{
    /// <summary>Branch A reaches the join; branch B goes through a decision that never takes the join's path.</summary>
    private static Flow SkippedBranch(string mode) => new Flow()
        .Add("fork", "Elsa.FlowFork", ("branches", In.Literal(new[] { "A", "B" })))
        .WriteLine("a", "A")
        .Add("decide", "Elsa.FlowDecision", ("condition", In.Js("1 > 2", "Boolean")))
        .WriteLine("b", "B")
        .Add("join", "Elsa.FlowJoin", ("mode", In.Literal(mode)))
        .WriteLine("after", "after join")
        .Connect("fork", "a", "A")
        .Connect("fork", "decide", "B")
        .Connect("decide", "b", "True")
        .Chain("a", "join")
        .Chain("b", "join")
        .Chain("join", "after");

    /// <summary>Branch A reaches the join in one step, branch B in two.</summary>
    private static Flow UnevenBranches(string mode) => new Flow()
        .Add("fork", "Elsa.FlowFork", ("branches", In.Literal(new[] { "A", "B" })))
        .WriteLine("a", "A")
        .WriteLine("b", "B")
        .WriteLine("c", "C")
        .Add("join", "Elsa.FlowJoin", ("mode", In.Literal(mode)))
        .WriteLine("after", "after join")
        .Connect("fork", "a", "A")
        .Connect("fork", "b", "B")
        .Chain("a", "join")
        .Chain("b", "c", "join")
        .Chain("join", "after");

    private static int JoinRuns(WorkflowInstance instance) =>
        instance.Journal.Count(e => e is { ActivityId: "join", Kind: JournalEventKind.Completed });

    [Fact]
    public async Task WaitAll_InCounterMode_FiresWhenADecisionSkipsABranch()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(SkippedBranch("WaitAll"));

        Assert.Equal(["A", "after join"], engine.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
    }

    [Fact]
    public async Task WaitAll_InTokenMode_DoesNotFireWhenADecisionSkipsABranch()
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(SkippedBranch("WaitAll").CustomProperty("joinMode", "Token"));

        Assert.Equal(["A"], engine.Lines);
        Assert.Equal(0, JoinRuns(run.Instance));
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
    }

    [Fact]
    public async Task JoinMode_FromTheEngineOptions_AppliesToDefinitionsThatChooseNone()
    {
        var engine = new TestEngine(new EngineOptions { DefaultJoinMode = JoinMode.Token });

        await engine.RunAsync(SkippedBranch("WaitAll"));

        Assert.Equal(["A"], engine.Lines);
    }

    [Theory]
    [InlineData(JoinMode.Counter, new[] { "A", "after join" })]
    [InlineData(JoinMode.Token, new[] { "A" })]
    public async Task JoinMode_OfTheRun_OverridesTheDefinitions(JoinMode mode, string[] expected)
    {
        var engine = new TestEngine();
        var definitionMode = mode == JoinMode.Token ? "Counter" : "Token";
        var flow = SkippedBranch("WaitAll").CustomProperty("joinMode", definitionMode);

        await engine.RunAsync(flow, new StartOptions { Run = new RunOptions { JoinMode = mode } });

        Assert.Equal(expected, engine.Lines);
    }

    [Theory]
    [InlineData("Counter")]
    [InlineData("Token")]
    public async Task WaitAllActive_FiresWhenADecisionSkipsABranch_InEitherMode(string joinMode)
    {
        var engine = new TestEngine();

        await engine.RunAsync(SkippedBranch("WaitAllActive").CustomProperty("joinMode", joinMode));

        Assert.Equal(["A", "after join"], engine.Lines);
    }

    [Theory]
    [InlineData("Counter", "WaitAll")]
    [InlineData("Token", "WaitAll")]
    [InlineData("Counter", "WaitAllActive")]
    [InlineData("Token", "WaitAllActive")]
    public async Task WaitAll_WaitsForEveryBranch_AndRunsOnce(string joinMode, string mode)
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(UnevenBranches(mode).CustomProperty("joinMode", joinMode));

        Assert.Equal(["A", "B", "C", "after join"], engine.Lines);
        Assert.Equal(1, JoinRuns(run.Instance));
    }

    [Theory]
    [InlineData("Counter")]
    [InlineData("Token")]
    public async Task WaitAll_WaitsForABranchBlockedOnABookmark(string joinMode)
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Add("fork", "Elsa.FlowFork", ("branches", In.Literal(new[] { "A", "B" })))
            .WriteLine("a", "A")
            .Add("wait", "Elsa.Event", ("eventName", In.Literal("signed")))
            .Add("join", "Elsa.FlowJoin", ("mode", In.Literal("WaitAll")))
            .WriteLine("after", "after join")
            .Connect("fork", "a", "A")
            .Connect("fork", "wait", "B")
            .Chain("a", "join")
            .Chain("wait", "join", "after")
            .CustomProperty("joinMode", joinMode);
        var run = await engine.RunAsync(flow);
        var linesBefore = engine.Lines;

        var resumed = await engine.ResumeAsync(run, Assert.Single(run.Instance.Bookmarks));

        Assert.Equal(["A"], linesBefore);
        Assert.Equal(["A", "after join"], engine.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
    }

    [Theory]
    [InlineData("Counter")]
    [InlineData("Token")]
    public async Task WaitAny_FiresOnTheFirstToken_AndCancelsQueuedWorkUpstream(string joinMode)
    {
        var engine = new TestEngine();

        var run = await engine.RunAsync(UnevenBranches("WaitAny").CustomProperty("joinMode", joinMode));

        Assert.Equal(["A", "after join"], engine.Lines);
        Assert.Equal(1, JoinRuns(run.Instance));
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
    }

    [Fact]
    public async Task WaitAny_CancelsBookmarksUpstream()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Add("fork", "Elsa.FlowFork", ("branches", In.Literal(new[] { "wait", "go" })))
            .Add("wait", "Elsa.Event", ("eventName", In.Literal("reminder")))
            .WriteLine("go", "go")
            .Add("join", "Elsa.FlowJoin", ("mode", In.Literal("WaitAny")))
            .WriteLine("after", "after join")
            .Connect("fork", "wait", "wait")
            .Connect("fork", "go", "go")
            .Chain("wait", "join")
            .Chain("go", "join", "after");

        var run = await engine.RunAsync(flow);

        Assert.Equal(["go", "after join"], engine.Lines);
        Assert.Empty(run.Instance.Bookmarks);
        Assert.Contains(run.Instance.Journal, e => e is { ActivityId: "wait", Kind: JournalEventKind.Cancelled });
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
    }

    [Fact]
    public async Task WaitAny_IsTheJoinsDefaultMode()
    {
        var engine = new TestEngine();
        var flow = UnevenBranches("WaitAny");
        var json = flow.ToJsonObject();
        json["root"]!["activities"]!.AsArray().Single(a => a?["id"]?.GetValue<string>() == "join")!.AsObject()
            .Remove("mode");

        await engine.RunAsync(json.ToJsonString());

        Assert.Equal(["A", "after join"], engine.Lines);
    }
}
