using System.Security.Cryptography;
using System.Text;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Bookmarks;

/// <summary>Activities with canStartWorkflow set are the workflow's triggers; a matching stimulus starts it.</summary>
public sealed class TriggerTests
{
    private static IEnumerable<BookmarkPayload> Payloads(TestEngine engine, CompiledWorkflow workflow)
    {
        var trigger = Assert.Single(workflow.TriggerNodes);
        return trigger.Activity.GetTriggerPayloads(new TriggerContext(workflow, trigger, engine.Engine.Services));
    }

    [Fact]
    public void CanStartWorkflow_OnAnEvent_MakesItATrigger_WhoseHashLeavesOutTheActivityInstance()
    {
        var engine = new TestEngine();
        var workflow = engine.Compile(new Flow().Trigger("on", "Elsa.Event", ("eventName", In.Literal("filed"))));

        var payload = Assert.Single(Payloads(engine, workflow));

        var text = """Elsa.Event|{"eventName":"filed"}""";
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), payload.Hash);
    }

    [Fact]
    public void CanStartWorkflow_OnAnActivityThatIsNoTrigger_IsIgnored()
    {
        var engine = new TestEngine();

        var workflow = engine.Compile(new Flow().Trigger("say", "Elsa.WriteLine", ("text", In.Literal("x"))));

        Assert.Empty(workflow.TriggerNodes);
    }

    [Fact]
    public void TriggerActivity_WithoutCanStartWorkflow_IsNoTrigger()
    {
        var engine = new TestEngine();

        var workflow = engine.Compile(new Flow().Add("on", "Elsa.Event", ("eventName", In.Literal("filed"))));

        Assert.Empty(workflow.TriggerNodes);
    }

    [Fact]
    public void HttpEndpointTrigger_HasOnePayloadPerMethod()
    {
        var engine = new TestEngine();
        var workflow = engine.Compile(new Flow().Trigger("on", "Elsa.HttpEndpoint", ("path", In.Literal("permits")),
            ("supportedMethods", In.Literal(new[] { "GET", "POST" }))));

        var payloads = Payloads(engine, workflow);

        Assert.Equal(["""{"path":"permits","method":"GET"}""", """{"path":"permits","method":"POST"}"""],
            payloads.Select(p => p.Json));
    }

    [Theory]
    [InlineData("Elsa.Timer", "interval", "01:00:00", """{"interval":"01:00:00"}""")]
    [InlineData("Elsa.StartAt", "dateTime", "2025-05-01T08:00:00Z",
        """{"startAt":"2025-05-01T08:00:00.0000000+00:00"}""")]
    [InlineData("Elsa.Cron", "cronExpression", "0 8 * * 1", """{"cronExpression":"0 8 * * 1"}""")]
    public void TimeTrigger_PayloadNamesItsSchedule(string type, string input, string value, string expected)
    {
        var engine = new TestEngine();
        var workflow = engine.Compile(new Flow().Trigger("on", type, (input, In.Literal(value))));

        var payload = Assert.Single(Payloads(engine, workflow));

        Assert.Equal((type, expected), (payload.Name, payload.Json));
    }

    [Fact]
    public async Task Stimulus_StartsThePublishedWorkflowWhoseTriggerMatches_FromTheTrigger()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        var workflow = runtime.Publish(engine, new Flow("on-filing")
            .Variable("Filing", "String")
            .WriteLine("notFirst", "not the trigger")
            .Trigger("on", "Elsa.Event", ("eventName", In.Literal("filed")), ("result", In.Output("Filing")))
            .WriteLine("after", "after")
            .Chain("on", "after"));

        var result = await runtime.StimulateAsync(Stimuli.Event("filed", "application 42"));

        var started = new FlowRun(workflow, Assert.Single(result.Started));
        Assert.Equal("application 42", started.Variable("Filing"));
        Assert.Equal(["after"], engine.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, started.SubStatus);
    }

    [Fact]
    public async Task Stimulus_ThatMatchesNoTrigger_StartsNothing()
    {
        var engine = new TestEngine();
        using var runtime = engine.Runtime();
        runtime.Publish(engine, new Flow().Trigger("on", "Elsa.Event", ("eventName", In.Literal("filed"))));

        var result = await runtime.StimulateAsync(Stimuli.Event("withdrawn"));

        Assert.Empty(result.Started);
        Assert.True(result.Queued);
    }
}
