using CaseSystem.Workflows.Engine.Activities.Http;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Runtime;
using CaseSystem.Workflows.Engine.Validation;

namespace CaseSystem.Workflows.Engine.Tests.Compat;

/// <summary>The real Elsa exports behave as Elsa's own tests expect (see Compat/elsa/README.md).</summary>
public sealed class ElsaFixtureTests
{
    [Fact]
    public async Task ImplicitLoop_WritesItsLinesInOrder()
    {
        var engine = new TestEngine();

        var result = await engine.RunAsync(TestEngine.Fixture("implicit-loop.json"));

        Assert.Equal(["Do something", "Retry", "Do something", "Done"], engine.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, result.Instance.SubStatus);
        Assert.Equal(2, result.Instance.Variables[0]);
    }

    [Fact]
    public async Task ForkDecisionJoin_WritesACBD_AndTheJoinNeverFires()
    {
        var engine = new TestEngine(new EngineOptions { DefaultJoinMode = JoinMode.Token });

        var result = await engine.RunAsync(TestEngine.Fixture("fork-decision-join-waitall.json"));

        Assert.Equal(["A", "C", "B", "D"], engine.Lines);
        Assert.DoesNotContain(result.Instance.Journal, e => e.ActivityType == "Elsa.FlowJoin");
        var incident = Assert.Single(result.Instance.Incidents);
        Assert.Equal("that went south", incident.Message);
        Assert.Equal("110002", incident.Code);
        Assert.Equal(WorkflowSubStatus.Faulted, result.Instance.SubStatus);
    }

    [Fact]
    public async Task FlowFork_RunsEveryBranchAndFinishes()
    {
        var engine = new TestEngine();

        var result = await engine.RunAsync(TestEngine.Fixture("flow-fork.json"));

        Assert.Equal(["One", "Two", "Three"], engine.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, result.Instance.SubStatus);
    }

    [Fact]
    public async Task HttpHelloWorld_TheTriggersStimulusProducesTheResponse()
    {
        var engine = new TestEngine();
        using var runtime = new InMemoryWorkflowRuntime(engine.Engine, engine.Output);
        runtime.Publish(engine.Read(TestEngine.Fixture("http-hello-world.json")));
        var payload = HttpEndpoint.Payload("/hello-world", "GET");

        var result = await runtime.StimulateAsync(new Stimulus(payload.Name, payload.ToJsonObject(),
            new HttpRequestData("GET", "/workflows/hello-world", new Dictionary<string, string>(),
                new Dictionary<string, string>(), null, null)));

        var run = Assert.Single(result.Started);
        Assert.Equal(WorkflowSubStatus.Finished, run.Instance.SubStatus);
        Assert.Equal(200, run.HttpResponse?.StatusCode);
        Assert.Equal("Hello World!", run.HttpResponse?.Body);
    }

    [Fact]
    public void CronEveryHour_PublishesAndIndexesOneCronTrigger()
    {
        var engine = new TestEngine();

        var workflow = engine.Compile(TestEngine.Fixture("cron-every-hour.json"));

        var trigger = Assert.Single(workflow.TriggerNodes);
        Assert.Equal("Elsa.Cron", trigger.Node.Type);
        var payload = Assert.Single(trigger.Activity.GetTriggerPayloads(
            new TriggerContext(workflow, trigger, engine.Engine.Services)));
        Assert.Equal("""{"cronExpression":"0 0 * * * *"}""", payload.Json);
    }

    [Fact]
    public void CronWithAnInvalidExpression_IsRefusedNamingTheExpression()
    {
        var engine = new TestEngine();
        var json = TestEngine.Fixture("cron-every-hour.json").Replace("0 0 * * * *", "0 0 * * * * * *",
            StringComparison.Ordinal);

        var error = Assert.Throws<WorkflowValidationException>(() => engine.Compile(json));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("13658e4b3bfafaaf", problem.ActivityId);
        Assert.Contains("0 0 * * * * * *", problem.Message, StringComparison.Ordinal);
    }
}
