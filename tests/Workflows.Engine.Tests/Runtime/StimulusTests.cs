using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Runtime;

/// <summary>How the in-memory runtime routes stimuli to bookmarks.</summary>
public sealed class StimulusTests
{
    private static Flow WaitFor(string definitionId, string eventName) => new Flow(definitionId)
        .Add("wait", "Elsa.Event", ("eventName", In.Literal(eventName)))
        .WriteLine("after", $"{definitionId} got {eventName}")
        .Chain("wait", "after");

    [Fact]
    public async Task Stimulus_ResumesTheMatchingBookmark_AndNoOther()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        runtime.Publish(engine, WaitFor("paid", "payment-received"));
        runtime.Publish(engine, WaitFor("signed", "contract-signed"));
        var paid = await runtime.StartAsync("paid");
        var signed = await runtime.StartAsync("signed");

        var result = await runtime.StimulateAsync(Stimuli.Event("payment-received"));

        Assert.Same(paid.Instance, Assert.Single(result.Resumed).Instance);
        Assert.Equal(WorkflowSubStatus.Finished, paid.Instance.SubStatus);
        Assert.Equal(WorkflowSubStatus.Suspended, signed.Instance.SubStatus);
        Assert.Equal(["paid got payment-received"], engine.Lines);
    }

    [Fact]
    public async Task Stimulus_WithACorrelationId_ResumesOnlyThatInstance()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        runtime.Publish(engine, WaitFor("paid", "payment-received"));
        var first = await runtime.StartAsync("paid", new StartOptions { CorrelationId = "case-1" });
        var second = await runtime.StartAsync("paid", new StartOptions { CorrelationId = "case-2" });

        await runtime.StimulateAsync(Stimuli.Event("payment-received") with { CorrelationId = "case-2" });

        Assert.Equal(WorkflowSubStatus.Suspended, first.Instance.SubStatus);
        Assert.Equal(WorkflowSubStatus.Finished, second.Instance.SubStatus);
    }

    [Fact]
    public async Task Stimulus_ResumesEveryInstanceWaitingForIt()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        runtime.Publish(engine, WaitFor("paid", "payment-received"));
        await runtime.StartAsync("paid");
        await runtime.StartAsync("paid");

        var result = await runtime.StimulateAsync(Stimuli.Event("payment-received"));

        Assert.Equal(2, result.Resumed.Count);
        Assert.All(runtime.Instances, i => Assert.Equal(WorkflowSubStatus.Finished, i.SubStatus));
    }

    [Fact]
    public async Task Stimulus_ThatArrivesBeforeItsBookmark_IsDeliveredWhenTheBookmarkAppears()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        runtime.Publish(engine, WaitFor("paid", "payment-received"));
        var early = await runtime.StimulateAsync(Stimuli.Event("payment-received", "early"));

        var run = await runtime.StartAsync("paid");

        Assert.True(early.Queued);
        Assert.Equal(WorkflowSubStatus.Finished, run.Instance.SubStatus);
        Assert.Equal(["paid got payment-received"], engine.Lines);
    }

    [Fact]
    public async Task Stimulus_QueuedLongerThanItsTimeToLive_IsDropped()
    {
        var time = new ManualTime(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero));
        var engine = new TestEngine(time: time);
        using var runtime = new Engine.Runtime.InMemoryWorkflowRuntime(engine.Engine, engine.Output)
        {
            StimulusTimeToLive = TimeSpan.FromMinutes(1),
        };
        runtime.Publish(engine, WaitFor("paid", "payment-received"));
        await runtime.StimulateAsync(Stimuli.Event("payment-received"));
        time.Now = time.Now.AddMinutes(2);

        var run = await runtime.StartAsync("paid");

        Assert.Equal(WorkflowSubStatus.Suspended, run.Instance.SubStatus);
    }

    [Fact]
    public async Task ResumeAsync_ByBookmarkId_ContinuesTheInstanceWithTheInput()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        var workflow = runtime.Publish(engine, new Flow("ask")
            .Variable("Answer", "String")
            .Add("wait", "Elsa.Event", ("eventName", In.Literal("answer")), ("result", In.Output("Answer"))));
        var started = await runtime.StartAsync("ask");

        var resumed = await runtime.ResumeAsync(started.Instance.Id, started.Instance.Bookmarks[0].Id, "yes");

        Assert.Equal("yes", new FlowRun(workflow, resumed).Variable("Answer"));
    }

    [Fact]
    public async Task ResumeAsync_WithABookmarkTheInstanceDoesNotHave_Throws()
    {
        var engine = new TestEngine();
        var run = await engine.RunAsync(new Flow().Add("wait", "Elsa.Event", ("eventName", In.Literal("go"))));

        var act = () => engine.Engine.Runner.ResumeAsync(run.Workflow, run.Instance, "no-such-bookmark", null).AsTask();

        await Assert.ThrowsAsync<InvalidOperationException>(act);
    }

    [Fact]
    public async Task StartAsync_OfADefinitionNotPublished_Throws()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();

        await Assert.ThrowsAsync<KeyNotFoundException>(() => runtime.StartAsync("never-published"));
    }
}
