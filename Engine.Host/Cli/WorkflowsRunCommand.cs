using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;
using CaseSystem.Workflows.Engine.Runtime;
using CaseSystem.Workflows.Engine.Validation;

namespace CaseSystem.Host.Cli;

/// <summary>
/// <c>workflows run FILE [--input JSON]</c>: runs a definition in memory. Standard output holds exactly the lines
/// the workflow writes; everything else goes to standard error. Exit codes: 0 finished, 1 faulted, 2 invalid
/// definition, 3 suspended on a bookmark.
/// </summary>
internal static class WorkflowsRunCommand
{
    public const int Finished = 0;
    public const int Faulted = 1;
    public const int Invalid = 2;
    public const int Suspended = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (!TryParse(args, out var file, out var inputJson, out var problem))
        {
            return CommandLine.Fail(errors, problem!);
        }

        Dictionary<string, object?> input;
        try
        {
            input = ReadInput(inputJson);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return CommandLine.Fail(errors,
                $"--input must be a JSON object, for example '{{\"name\":\"Ана\"}}': {e.Message}");
        }

        string json;
        try
        {
            json = await File.ReadAllTextAsync(file!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandLine.Fail(errors, $"Cannot read '{file}': {e.Message}");
        }

        var engine = new WorkflowEngine(new EngineServices { StandardOut = output });
        using var runtime = new InMemoryWorkflowRuntime(engine, output);
        WorkflowDefinition definition;
        try
        {
            definition = engine.Read(json);
            runtime.Publish(definition);
        }
        catch (DefinitionFormatException e)
        {
            errors.WriteLine($"{file}: {e.Message}");
            return Invalid;
        }
        catch (WorkflowValidationException e)
        {
            errors.WriteLine($"{file}: the definition is not valid:");
            foreach (var error in e.Errors)
            {
                errors.WriteLine($"  {error}");
            }

            return Invalid;
        }

        var result = await runtime.StartAsync(definition.DefinitionId, new StartOptions { Input = input });
        await output.FlushAsync();
        return Report(result.Instance, errors);
    }

    private static int Report(WorkflowInstance instance, TextWriter errors)
    {
        foreach (var incident in instance.Incidents)
        {
            errors.WriteLine(
                $"incident in activity '{incident.ActivityId}' ({incident.ActivityType}): {incident.Message}");
        }

        switch (instance.SubStatus)
        {
            case WorkflowSubStatus.Finished:
                errors.WriteLine($"instance {instance.Id} finished");
                return Finished;
            case WorkflowSubStatus.Suspended:
                foreach (var bookmark in instance.Bookmarks)
                {
                    errors.WriteLine(
                        $"waiting in activity '{bookmark.ActivityId}' for {bookmark.Name} {bookmark.Payload}");
                }

                errors.WriteLine($"instance {instance.Id} suspended");
                return Suspended;
            default:
                errors.WriteLine($"instance {instance.Id} {instance.SubStatus.ToString().ToLowerInvariant()}");
                return Faulted;
        }
    }

    private static Dictionary<string, object?> ReadInput(string? json) =>
        json is null
            ? []
            : ValueConverter.FromJson(JsonNode.Parse(json)) as Dictionary<string, object?>
                ?? throw new InvalidOperationException("it is not an object");

    private static bool TryParse(string[] args, out string? file, out string? input, out string? problem)
    {
        (file, input, problem) = (null, null, null);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--input" when i + 1 < args.Length:
                    input = args[++i];
                    break;
                case "--input":
                    problem = "--input needs a JSON object after it.";
                    return false;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"Unknown option '{option}'; the options are: --input JSON.";
                    return false;
                case var path when file is null:
                    file = path;
                    break;
                default:
                    problem = $"Only one definition file can be run at a time; '{args[i]}' is one too many.";
                    return false;
            }
        }

        if (file is null)
        {
            problem = "Name the definition file: workflows run FILE [--input JSON].";
            return false;
        }

        return true;
    }
}
