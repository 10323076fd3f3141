using CaseSystem.Host.Cli;

namespace CaseSystem.Host.Tests.Cli;

/// <summary>
/// <c>workflows run FILE</c>: lines on standard output, everything else on standard error, exit codes.
/// </summary>
public sealed class WorkflowsRunCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Run_WritesOnlyTheWorkflowsLines_AndExitsZero_WhenItFinishes()
    {
        var file = Write("""
            { "definitionId": "hello", "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
              { "id": "a", "type": "Elsa.WriteLine", "text": { "typeName": "String",
                "expression": { "type": "Literal", "value": "Здравей, свят" } } },
              { "id": "b", "type": "Elsa.WriteLine", "text": { "typeName": "String",
                "expression": { "type": "Liquid", "value": "Заявител: {{ Input.name }}" } } } ],
              "connections": [ { "source": { "activity": "a", "port": "Done" },
                                 "target": { "activity": "b", "port": "In" } } ] } }
            """);

        var (code, output, errors) = await RunAsync("workflows", "run", file, "--input", """{"name":"Мария"}""");

        Assert.Equal(0, code);
        Assert.Equal("Здравей, свят\nЗаявител: Мария\n", output);
        Assert.Contains("finished", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ExitsOne_WhenTheWorkflowFaults()
    {
        var file = Write(Flowchart("""
            { "id": "boom", "type": "Elsa.Fault", "message": { "typeName": "String",
              "expression": { "type": "Literal", "value": "счупено" } } }
            """));

        var (code, output, errors) = await RunAsync("workflows", "run", file);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("'boom'", errors, StringComparison.Ordinal);
        Assert.Contains("счупено", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ExitsTwo_AndNamesEveryProblem_WhenTheDefinitionIsInvalid()
    {
        var file = Write(Flowchart("""
            { "id": "x", "type": "Acme.Unknown" },
            { "id": "cron", "type": "Elsa.Cron", "cronExpression": { "typeName": "String",
              "expression": { "type": "Literal", "value": "not a cron" } } }
            """));

        var (code, output, errors) = await RunAsync("workflows", "run", file);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("Acme.Unknown", errors, StringComparison.Ordinal);
        Assert.Contains("'cron'", errors, StringComparison.Ordinal);
        Assert.Contains("not a cron", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ExitsTwo_WhenTheFileIsNotJson()
    {
        var file = Write("{ not json");

        var (code, _, errors) = await RunAsync("workflows", "run", file);

        Assert.Equal(2, code);
        Assert.Contains("not valid JSON", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ExitsThree_WhenTheWorkflowWaitsOnABookmark()
    {
        var file = Write(Flowchart("""
            { "id": "wait", "type": "Elsa.Event", "eventName": { "typeName": "String",
              "expression": { "type": "Literal", "value": "одобрено" } } }
            """));

        var (code, output, errors) = await RunAsync("workflows", "run", file);

        Assert.Equal(3, code);
        Assert.Equal("", output);
        Assert.Contains("одобрено", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("workflows", "run")]
    [InlineData("workflows", "fly")]
    public async Task BadCommandLines_ExplainThemselves_WithTheUsageExitCode(params string[] args)
    {
        var (code, output, errors) = await RunAsync(args);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Equal("", output);
        Assert.NotEqual("", errors.Trim());
    }

    private static string Flowchart(string activities) => $$"""
        { "definitionId": "t", "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [ {{activities}} ] } }
        """;

    private string Write(string json)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter();

        var code = await CommandLine.RunAsync(args, output, errors);

        return (code, output.ToString(), errors.ToString());
    }
}
