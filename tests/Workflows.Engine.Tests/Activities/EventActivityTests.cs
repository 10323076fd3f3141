using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Activities;

/// <summary>Event, PublishEvent and RunTask.</summary>
public sealed class EventActivityTests
{
    [Fact]
    public async Task Event_WaitsOnABookmark_AndContinuesWithThePayloadWhenResumed()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Variable("Answer", "String")
            .Add("wait", "Elsa.Event", ("eventName", In.Literal("permit-approved")), ("result", In.Output("Answer")))
            .WriteLine("after", "after")
            .Chain("wait", "after");
        var run = await engine.RunAsync(flow);
        var bookmark = Assert.Single(run.Instance.Bookmarks);

        var resumed = await engine.ResumeAsync(run, bookmark, "approved by the mayor");

        Assert.Equal(("Elsa.Event", """{"eventName":"permit-approved"}"""), (bookmark.Name, bookmark.Payload));
        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Equal("approved by the mayor", resumed.Variable("Answer"));
        Assert.Equal(["after"], engine.Lines);
    }

    [Fact]
    public async Task PublishEvent_StartsTheWorkflowsItTriggers_AfterThePublishingRun()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        runtime.Publish(engine, new Flow("listener")
            .Variable("Payload", "String")
            .Trigger("on", "Elsa.Event", ("eventName", In.Literal("case-closed")), ("result", In.Output("Payload")))
            .Add("say", "Elsa.WriteLine", ("text", In.Js("'heard ' + getPayload()")))
            .Chain("on", "say"));
        runtime.Publish(engine, new Flow("publisher")
            .Add("publish", "Elsa.PublishEvent", ("eventName", In.Literal("case-closed")),
                ("payload", In.Literal("case 42")))
            .WriteLine("said", "published")
            .Chain("publish", "said"));

        await runtime.StartAsync("publisher");

        Assert.Equal(["published", "heard case 42"], engine.Lines);
        Assert.Equal(2, runtime.Instances.Count(i => i.SubStatus == WorkflowSubStatus.Finished));
    }

    [Fact]
    public async Task PublishEvent_Local_ResumesOnlyThePublishingInstance()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        var waiter = new Flow("waiter").Add("wait", "Elsa.Event", ("eventName", In.Literal("ping")));
        runtime.Publish(engine, waiter);
        runtime.Publish(engine, new Flow("self")
            .Add("fork", "Elsa.FlowFork", ("branches", In.Literal(new[] { "wait", "publish" })))
            .Add("wait", "Elsa.Event", ("eventName", In.Literal("ping")))
            .Add("publish", "Elsa.PublishEvent", ("eventName", In.Literal("ping")), ("isLocal", In.Literal(true)))
            .Connect("fork", "wait", "wait")
            .Connect("fork", "publish", "publish"));
        var other = await runtime.StartAsync("waiter");

        var self = await runtime.StartAsync("self");

        Assert.Equal(WorkflowSubStatus.Finished, self.Instance.SubStatus);
        Assert.Equal(WorkflowSubStatus.Suspended, other.Instance.SubStatus);
    }

    [Fact]
    public async Task RunTask_WaitsUntilTheTaskIsCompleted_AndContinuesWithItsResult()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        var workflow = runtime.Publish(engine, new Flow("review")
            .Variable("TaskId", "String")
            .Variable("Decision", "String")
            .Add("ask", "Elsa.RunTask", ("taskName", In.Literal("Review application")),
                ("taskId", In.Output("TaskId")), ("result", In.Output("Decision")))
            .WriteLine("done", "reviewed")
            .Chain("ask", "done"));
        var started = await runtime.StartAsync("review");
        var run = new FlowRun(workflow, started);
        var bookmark = Assert.Single(run.Instance.Bookmarks);
        var taskId = (string)run.Variable("TaskId")!;

        var completed = await runtime.CompleteTaskAsync(taskId, "approve");

        Assert.Equal(taskId, Stimuli.PayloadMember(bookmark, "taskId"));
        Assert.Single(completed.Resumed);
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Equal("approve", run.Variable("Decision"));
        Assert.Equal(["reviewed"], engine.Lines);
    }
}
