using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Definitions;

namespace CaseSystem.Workflows.Engine.Tests.Definitions;

public sealed class RoundTripTests
{
    public static TheoryData<string> Fixtures { get; } =
    [
        "cron-every-hour.json",
        "flow-fork.json",
        "fork-decision-join-waitall.json",
        "http-hello-world.json",
        "implicit-loop.json",
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ReadWriteRead_GivesAnEqualModel(string fixture)
    {
        var engine = new TestEngine();
        var written = DefinitionWriter.Write(engine.Read(TestEngine.Fixture(fixture)));

        var rewritten = DefinitionWriter.Write(engine.Read(written.ToJsonString()));

        Assert.True(JsonNode.DeepEquals(written, rewritten), $"{fixture} changed on its second round trip.");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ReadWriteRead_KeepsEveryActivityConnectionAndVariable(string fixture)
    {
        var engine = new TestEngine();
        var original = engine.Read(TestEngine.Fixture(fixture));

        var copy = engine.Read(WorkflowEngine.Write(original));

        Assert.Equal(original.AllActivities().Select(a => (a.Id, a.Type, a.Name)),
            copy.AllActivities().Select(a => (a.Id, a.Type, a.Name)));
        Assert.Equal(original.Root.Connections.Select(c => (c.Source, c.SourcePort, c.Target, c.TargetPort)),
            copy.Root.Connections.Select(c => (c.Source, c.SourcePort, c.Target, c.TargetPort)));
        Assert.Equal(original.Variables.Select(v => (v.Id, v.Name, v.TypeName, v.Value)),
            copy.Variables.Select(v => (v.Id, v.Name, v.TypeName, v.Value)));
    }

    [Fact]
    public void Write_KeepsMembersTheEngineDoesNotInterpret()
    {
        var engine = new TestEngine();
        var definition = engine.Read(TestEngine.Fixture("fork-decision-join-waitall.json"));

        var written = DefinitionWriter.Write(definition);

        Assert.NotNull(written["customProperties"]?["VariableTestValues"]);
        Assert.Equal("FlowchartJsonConverter.cs:45",
            written["root"]?["customProperties"]?["source"]?.GetValue<string>());
        Assert.Equal(DefinitionWriter.SchemaUrl, written["$schema"]?.GetValue<string>());
    }

    [Fact]
    public void Write_UsesNestedConnectionEndpoints_EvenWhenTheFileHadFlatOnes()
    {
        var engine = new TestEngine();
        var definition = engine.Read(TestEngine.Fixture("implicit-loop.json"));

        var connection = DefinitionWriter.Write(definition)["root"]!["connections"]![0]!.AsObject();

        Assert.Equal("WriteLine1", connection["source"]?["activity"]?.GetValue<string>());
        Assert.Equal("Done", connection["source"]?["port"]?.GetValue<string>());
        Assert.Equal("SetVariable1", connection["target"]?["activity"]?.GetValue<string>());
        Assert.False(connection.ContainsKey("sourcePort"));
    }

    [Fact]
    public async Task Write_OfAReadModel_RunsTheSameAsTheOriginal()
    {
        var original = new TestEngine();
        var copy = new TestEngine();
        var json = TestEngine.Fixture("implicit-loop.json");

        await original.RunAsync(json);
        await copy.RunAsync(WorkflowEngine.Write(copy.Read(json)));

        Assert.Equal(original.Lines, copy.Lines);
    }
}
