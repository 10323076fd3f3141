using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Tests.Activities;

public sealed class BranchingActivityTests
{
    private static JsonNode Cases(params (string Label, string Condition)[] cases) =>
        new JsonArray(cases.Select(c => (JsonNode)new JsonObject
        {
            ["label"] = c.Label,
            ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = c.Condition },
        }).ToArray());

    private static Flow Switch(string? mode, int amount) => new Flow()
        .Variable("Amount", "Int32", amount.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Add("switch", "Elsa.FlowSwitch",
            ("cases", Cases(("Small", "getAmount() < 100"), ("Even", "getAmount() % 2 == 0"))),
            ("mode", mode is null ? null : In.Literal(mode)))
        .WriteLine("small", "small")
        .WriteLine("even", "even")
        .WriteLine("other", "other")
        .Connect("switch", "small", "Small")
        .Connect("switch", "even", "Even")
        .Connect("switch", "other", "Default");

    [Theory]
    [InlineData("true", "yes")]
    [InlineData("1 > 2", "no")]
    public async Task FlowDecision_FollowsTrueOrFalseAsItsConditionSays(string condition, string expected)
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Add("decide", "Elsa.FlowDecision", ("condition", In.Js(condition, "Boolean")))
            .WriteLine("yes", "yes")
            .WriteLine("no", "no")
            .Connect("decide", "yes", "True")
            .Connect("decide", "no", "False");

        await engine.RunAsync(flow);

        Assert.Equal([expected], engine.Lines);
    }

    [Fact]
    public async Task FlowSwitch_MatchFirst_FollowsOnlyTheFirstCaseThatHolds()
    {
        var engine = new TestEngine();

        await engine.RunAsync(Switch(mode: null, amount: 42));

        Assert.Equal(["small"], engine.Lines);
    }

    [Fact]
    public async Task FlowSwitch_MatchAny_FollowsEveryCaseThatHolds()
    {
        var engine = new TestEngine();

        await engine.RunAsync(Switch("MatchAny", amount: 42));

        Assert.Equal(["small", "even"], engine.Lines);
    }

    [Fact]
    public async Task FlowSwitch_FollowsDefault_WhenNoCaseHolds()
    {
        var engine = new TestEngine();

        await engine.RunAsync(Switch("MatchAny", amount: 101));

        Assert.Equal(["other"], engine.Lines);
    }

    [Fact]
    public async Task FlowFork_FollowsEveryBranchInConnectionOrder()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Add("fork", "Elsa.FlowFork", ("branches", In.Object("""["Left", "Right"]""")))
            .WriteLine("left", "left")
            .WriteLine("left2", "left again")
            .WriteLine("right", "right")
            .Connect("fork", "left", "Left")
            .Connect("fork", "right", "Right")
            .Chain("left", "left2");

        await engine.RunAsync(flow);

        Assert.Equal(["left", "right", "left again"], engine.Lines);
    }

    [Fact]
    public async Task ImplicitFork_OnePortToSeveralActivities_RunsThemAll()
    {
        var engine = new TestEngine();
        var flow = new Flow().WriteLine("a", "A").WriteLine("b", "B").WriteLine("c", "C").WriteLine("d", "D")
            .Connect("a", "b").Connect("a", "c").Connect("a", "d");

        await engine.RunAsync(flow);

        Assert.Equal(["A", "B", "C", "D"], engine.Lines);
    }
}
