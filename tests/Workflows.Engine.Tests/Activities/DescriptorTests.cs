using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;

namespace CaseSystem.Workflows.Engine.Tests.Activities;

/// <summary>What the Designer is told about each activity, and whether the activity keeps to it.</summary>
public sealed class DescriptorTests
{
    // These complete their flowchart; the outcomes they give are the flowchart's, never ports of their own.
    private static readonly string[] FlowEnders = ["Elsa.End", "Elsa.Finish", "Elsa.Fault", "Elsa.Complete"];

    public static TheoryData<string> Types { get; } = [.. BuiltInActivities.All().Select(a => a.TypeName)];

    private static ActivityDescriptor DescriptorOf(string type) =>
        BuiltInActivities.All().Single(a => a.TypeName == type).Descriptor;

    [Fact]
    public void BuiltInActivities_HaveDistinctElsaTypeNames()
    {
        var types = BuiltInActivities.All().Select(a => a.TypeName).ToList();

        Assert.Equal(types.Count, types.Distinct().Count());
        Assert.All(types, t => Assert.True(t.StartsWith("Elsa.", StringComparison.Ordinal)
            || t == Engine.Activities.Tasks.HumanTask.StimulusName));
        Assert.All(types, t => Assert.True(ActivityRegistry.CreateDefault().IsKnown(t)));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Descriptor_HasTypeCategoryDisplayNameAndDescription(string type)
    {
        var descriptor = DescriptorOf(type);

        Assert.Equal(type, descriptor.TypeName);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Category));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.DisplayName));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Descriptor_EveryInputHasAKnownTypeAUIHintAndADescription(string type)
    {
        var descriptor = DescriptorOf(type);

        Assert.All(descriptor.Inputs, input =>
        {
            Assert.NotNull(TypeNames.Resolve(input.TypeName));
            Assert.False(string.IsNullOrWhiteSpace(input.UIHint), $"{type}.{input.Name} has no UI hint.");
            Assert.False(string.IsNullOrWhiteSpace(input.DisplayName));
            Assert.False(string.IsNullOrWhiteSpace(input.Description));
        });
        Assert.All(descriptor.Outputs, output => Assert.NotNull(TypeNames.Resolve(output.TypeName)));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Descriptor_PortsCoverEveryOutcomeTheActivityCompletesWith(string type)
    {
        using var server = new TestHttpServer(_ => new Reply(201, "text/plain", "made"));
        var engine = new TestEngine(time: new ManualTime(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero)));
        using var runtime = engine.Runtime();
        runtime.Publish(engine, new Flow("child").Add("start", "Elsa.Start"));
        var workflow = runtime.Publish(engine, Sample(type, server.Url("x")));

        var instance = (await runtime.StartAsync("sample")).Instance;
        for (var i = 0; i < 3 && instance.Bookmarks.Count > 0; i++)
        {
            instance = (await runtime.ResumeAsync(instance.Id, instance.Bookmarks[0].Id)).Instance;
        }

        var node = workflow.Nodes[workflow.NodeIndex["x"]];
        var ports = node.Activity.Descriptor.Ports.Concat(node.Activity.GetDynamicPorts(node) ?? []).ToHashSet();
        var outcomes = instance.Journal
            .Where(e => e is { ActivityId: "x", Kind: JournalEventKind.Completed })
            .SelectMany(e => e.Outcomes ?? []).ToList();
        if (FlowEnders.Contains(type))
        {
            Assert.Empty(node.Activity.Descriptor.Ports);
            return;
        }

        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, outcome => Assert.Contains(outcome, ports));
    }

    /// <summary>A workflow running activity "x" of the type with the inputs it needs.</summary>
    private static Flow Sample(string type, string url)
    {
        var flow = new Flow("sample");
        return type switch
        {
            "Elsa.Flowchart" => flow.Nested("x", new Flow().WriteLine("inside", "inside")),
            "Elsa.WriteLine" => flow.WriteLine("x", "x"),
            "CaseSystem.HumanTask" => flow.Add("x", type, ("title", In.Literal("Преглед")),
                ("outcomes", In.Literal(new System.Text.Json.Nodes.JsonArray("done")))),
            "Elsa.SetVariable" => flow.Variable("V", "String")
                .Add("x", type, ("variable", In.VariableReference("V")), ("value", In.Literal("v"))),
            "Elsa.SetName" => flow.Add("x", type, ("value", In.Literal("name"))),
            "Elsa.Correlate" => flow.Add("x", type, ("correlationId", In.Literal("c"))),
            "Elsa.SetOutput" => flow.Add("x", type, ("outputName", In.Literal("o")), ("outputValue", In.Literal(1))),
            "Elsa.RunJavaScript" => flow.Add("x", type, ("script", In.Literal("setOutcome('Yes')")),
                ("possibleOutcomes", In.Literal(new[] { "Yes", "No" }))),
            "Elsa.FlowDecision" => flow.Add("x", type, ("condition", In.Literal(false))),
            "Elsa.FlowSwitch" => flow.Add("x", type, ("cases", JsonNode.Parse(
                """[{ "label": "A", "condition": { "type": "JavaScript", "value": "true" } }]"""))),
            "Elsa.FlowFork" => flow.Add("x", type, ("branches", In.Literal(new[] { "Left", "Right" }))),
            "Elsa.Complete" => flow.Add("x", type, ("outcomes", In.Literal(new[] { "Approved" }))),
            "Elsa.Event" => flow.Add("x", type, ("eventName", In.Literal("e"))),
            "Elsa.PublishEvent" => flow.Add("x", type, ("eventName", In.Literal("e"))),
            "Elsa.RunTask" => flow.Add("x", type, ("taskName", In.Literal("t"))),
            "Elsa.Delay" => flow.Add("x", type, ("timeSpan", In.Literal("00:01:00"))),
            "Elsa.Timer" => flow.Add("x", type, ("interval", In.Literal("00:01:00"))),
            "Elsa.Cron" => flow.Add("x", type, ("cronExpression", In.Literal("* * * * *"))),
            "Elsa.StartAt" => flow.Add("x", type, ("dateTime", In.Literal("2030-01-01T00:00:00Z"))),
            "Elsa.HttpEndpoint" => flow.Add("x", type, ("path", In.Literal("p"))),
            "Elsa.SendHttpRequest" => flow.Add("x", type, ("url", In.Literal(url))),
            "Elsa.FlowSendHttpRequest" => flow.Add("x", type, ("url", In.Literal(url)),
                ("expectedStatusCodes", In.Literal(new[] { 201 }))),
            "Elsa.ExecuteWorkflow" or "Elsa.DispatchWorkflow" =>
                flow.Add("x", type, ("workflowDefinitionId", In.Literal("child"))),
            _ => flow.Add("x", type),
        };
    }
}
