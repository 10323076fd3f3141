using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Validation;

namespace CaseSystem.Workflows.Engine.Tests.Activities;

/// <summary>Start, End, Finish, Fault, Complete and nested flowcharts.</summary>
public sealed class FlowActivityTests
{
    private static readonly (string, System.Text.Json.Nodes.JsonNode?) WaitForever =
        ("eventName", In.Literal("never"));

    [Fact]
    public async Task Start_IsWhereTheFlowchartBegins_WhereverItIsListed()
    {
        var engine = new TestEngine();
        var flow = new Flow().WriteLine("b", "B").WriteLine("a", "A").Add("start", "Elsa.Start")
            .Chain("start", "a", "b");

        await engine.RunAsync(flow);

        Assert.Equal(["A", "B"], engine.Lines);
    }

    [Fact]
    public async Task WithoutAStart_TheActivityNothingLeadsToBegins()
    {
        var engine = new TestEngine();
        var flow = new Flow().WriteLine("b", "B").WriteLine("a", "A").Chain("a", "b");

        await engine.RunAsync(flow);

        Assert.Equal(["A", "B"], engine.Lines);
    }

    [Fact]
    public async Task End_CompletesTheFlowchart_CancellingItsOtherPendingWork()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Add("fork", "Elsa.FlowFork", ("branches", In.Literal(new[] { "wait", "stop" })))
            .Add("wait", "Elsa.Event", WaitForever)
            .WriteLine("last", "last words")
            .Add("end", "Elsa.End")
            .Connect("fork", "wait", "wait")
            .Connect("fork", "last", "stop")
            .Chain("last", "end");

        var run = await engine.RunAsync(flow);

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Empty(run.Instance.Bookmarks);
        Assert.Contains(run.Instance.Journal, e => e is { ActivityId: "wait", Kind: JournalEventKind.Cancelled });
    }

    [Fact]
    public async Task End_InANestedFlowchart_CompletesOnlyThatFlowchart()
    {
        var engine = new TestEngine();
        var inner = new Flow().WriteLine("inside", "inside").Add("end", "Elsa.End").WriteLine("skipped", "skipped")
            .Chain("inside", "end");
        var flow = new Flow().Nested("inner", inner).WriteLine("after", "after").Chain("inner", "after");

        var run = await engine.RunAsync(flow);

        Assert.Equal(["inside", "after"], engine.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
    }

    [Fact]
    public async Task Finish_FinishesTheWholeInstance_EvenFromANestedFlowchart()
    {
        var engine = new TestEngine();
        var inner = new Flow().Add("finish", "Elsa.Finish");
        var flow = new Flow()
            .Add("fork", "Elsa.FlowFork", ("branches", In.Literal(new[] { "wait", "inner" })))
            .Add("wait", "Elsa.Event", WaitForever)
            .Nested("inner", inner)
            .WriteLine("after", "never written")
            .Connect("fork", "wait", "wait")
            .Connect("fork", "inner", "inner")
            .Chain("inner", "after");

        var run = await engine.RunAsync(flow);

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Empty(run.Instance.Bookmarks);
        Assert.Empty(engine.Lines);
    }

    [Fact]
    public async Task Fault_RaisesAnIncidentWithItsCodeCategoryAndMessage()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("fault", "Elsa.Fault", ("code", In.Literal("E42")),
            ("category", In.Literal("registry")), ("message", In.Literal("The registry is closed.")));

        var run = await engine.RunAsync(flow);

        var incident = Assert.Single(run.Instance.Incidents);
        Assert.Equal(("fault", "Elsa.Fault"), (incident.ActivityId, incident.ActivityType));
        Assert.Equal(("E42", "registry", "The registry is closed."),
            (incident.Code, incident.Category, incident.Message));
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Faulted), (run.Instance.Status, run.SubStatus));
    }

    [Fact]
    public async Task Complete_InTheRoot_GivesTheInstanceItsOutcomes()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("complete", "Elsa.Complete", ("outcomes", In.Literal(new[] { "Approved" })));

        var run = await engine.RunAsync(flow);

        Assert.Equal(["Approved"], run.Instance.Outcomes);
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
    }

    [Fact]
    public async Task Complete_InANestedFlowchart_ItsOutcomesAreThePortsTheParentFollows()
    {
        var engine = new TestEngine();
        var inner = new Flow()
            .Add("decide", "Elsa.FlowDecision", ("condition", In.Js("true", "Boolean")))
            .Add("approve", "Elsa.Complete", ("outcomes", In.Object("""["Approved"]""")))
            .Add("reject", "Elsa.Complete", ("outcomes", In.Literal(new[] { "Rejected" })))
            .Connect("decide", "approve", "True")
            .Connect("decide", "reject", "False");
        var flow = new Flow()
            .Nested("review", inner)
            .WriteLine("approved", "approved")
            .WriteLine("rejected", "rejected")
            .Connect("review", "approved", "Approved")
            .Connect("review", "rejected", "Rejected");

        var run = await engine.RunAsync(flow);

        Assert.Equal(["approved"], engine.Lines);
        Assert.Empty(run.Instance.Outcomes);
    }

    [Fact]
    public async Task NestedFlowchart_RunsItsActivities_ThenTheParentFollowsDone()
    {
        var engine = new TestEngine();
        var inner = new Flow().WriteLine("one", "1").WriteLine("two", "2").Chain("one", "two");
        var flow = new Flow().WriteLine("before", "0").Nested("inner", inner).WriteLine("after", "3")
            .Chain("before", "inner", "after");

        var run = await engine.RunAsync(flow);

        Assert.Equal(["0", "1", "2", "3"], engine.Lines);
        Assert.Contains(run.Instance.Journal, e => e is { ActivityId: "inner", Kind: JournalEventKind.Completed });
    }

    [Fact]
    public async Task NestedFlowchart_WaitingOnABookmark_CompletesWhenResumed()
    {
        var engine = new TestEngine();
        var inner = new Flow().Add("wait", "Elsa.Event", ("eventName", In.Literal("go")));
        var flow = new Flow().Nested("inner", inner).WriteLine("after", "after").Chain("inner", "after");
        var run = await engine.RunAsync(flow);
        var statusBefore = run.SubStatus;

        var resumed = await engine.ResumeAsync(run, Assert.Single(run.Instance.Bookmarks));

        Assert.Equal(WorkflowSubStatus.Suspended, statusBefore);
        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Equal(["after"], engine.Lines);
    }

    [Fact]
    public void NestedFlowchart_ConnectedFromAnOutcomeNoCompleteGives_IsRefused()
    {
        var engine = new TestEngine();
        var inner = new Flow().Add("approve", "Elsa.Complete", ("outcomes", In.Literal(new[] { "Approved" })));
        var flow = new Flow().Nested("review", inner).WriteLine("x", "x").Connect("review", "x", "Rejected");

        var error = Assert.Throws<WorkflowValidationException>(() => engine.Compile(flow));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("review", problem.ActivityId);
        Assert.Contains("'Rejected'", problem.Message, StringComparison.Ordinal);
    }
}
