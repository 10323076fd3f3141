using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Tests.Flowcharts;

/// <summary>Variables start from their string value converted to their type; outputs bound to them set them.</summary>
public sealed class VariableTests
{
    public static TheoryData<string, string, object> Scalars { get; } = new()
    {
        { "String", "Sofia", "Sofia" },
        { "Int32", "42", 42 },
        { "Int64", "9000000000", 9_000_000_000L },
        { "Double", "2.5", 2.5d },
        { "Decimal", "19.99", 19.99m },
        { "Boolean", "true", true },
        { "DateTime", "2025-03-03T10:30:00Z", new DateTime(2025, 3, 3, 10, 30, 0, DateTimeKind.Utc) },
        {
            "DateTimeOffset", "2025-03-03T12:30:00+02:00",
            new DateTimeOffset(2025, 3, 3, 12, 30, 0, TimeSpan.FromHours(2))
        },
        { "TimeSpan", "01:30:00", TimeSpan.FromMinutes(90) },
        { "Guid", "6f9619ff-8b86-d011-b42d-00cf4fc964ff", Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff") },
    };

    private static async Task<object?> InitialValueAsync(string typeName, string value)
    {
        var engine = new TestEngine();
        var run = await engine.RunAsync(new Flow().Variable("V", typeName, value).Add("start", "Elsa.Start"));
        return run.Variable("V");
    }

    [Theory]
    [MemberData(nameof(Scalars))]
    public async Task TypedVariable_StartsFromItsStringValue(string typeName, string value, object expected)
    {
        var actual = await InitialValueAsync(typeName, value);

        Assert.Equal(expected, actual);
        Assert.IsType(expected.GetType(), actual);
    }

    [Fact]
    public async Task DateTimeVariable_IsUtc()
    {
        var actual = await InitialValueAsync("DateTime", "2025-03-03T12:30:00+02:00");

        Assert.Equal(new DateTime(2025, 3, 3, 10, 30, 0, DateTimeKind.Utc), actual);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)actual!).Kind);
    }

    [Fact]
    public async Task JsonVariable_StartsAsAJsonDocument()
    {
        var actual = await InitialValueAsync("JSON", """{ "caseId": 42, "tags": ["urgent"] }""");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"caseId":42,"tags":["urgent"]}"""), (JsonNode?)actual));
    }

    [Fact]
    public async Task StringArrayVariable_StartsAsAListOfStrings()
    {
        var actual = await InitialValueAsync("String[]", """["Lozenets", "Mladost"]""");

        Assert.Equal(new List<string> { "Lozenets", "Mladost" }, actual);
    }

    [Fact]
    public async Task GenericListVariable_StartsAsATypedList()
    {
        var actual = await InitialValueAsync("List<Int32>", "[1, 2, 3]");

        Assert.Equal(new List<int> { 1, 2, 3 }, actual);
    }

    [Fact]
    public async Task ObjectMapVariable_StartsAsADictionary()
    {
        var actual = await InitialValueAsync("ObjectMap", """{ "district": "Sredets", "floors": 4 }""");

        var map = Assert.IsType<Dictionary<string, object?>>(actual);
        Assert.Equal(("Sredets", 4), (map["district"], map["floors"]));
    }

    [Fact]
    public async Task OutputBoundToAVariable_IsConvertedToTheVariablesType()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Variable("Floors", "Int32")
            .Add("js", "Elsa.RunJavaScript", ("script", In.Literal("'4'")), ("result", In.Output("Floors")));

        var run = await engine.RunAsync(flow);

        Assert.Equal(4, run.Variable("Floors"));
    }

    [Fact]
    public async Task EachInstance_GetsItsOwnCopyOfAStructuredInitialValue()
    {
        var engine = new TestEngine();
        var workflow = engine.Compile(new Flow()
            .Variable("Tags", "String[]", """["a"]""")
            .Add("js", "Elsa.RunJavaScript",
                ("script", In.Literal("const tags = getTags(); tags.push('b'); setTags(tags);"))));

        var first = await engine.Engine.StartAsync(workflow);
        var second = await engine.Engine.StartAsync(workflow);

        Assert.Equal(["a", "b"], (List<string>)first.Instance.Variables[0]!);
        Assert.Equal(["a", "b"], (List<string>)second.Instance.Variables[0]!);
    }
}
