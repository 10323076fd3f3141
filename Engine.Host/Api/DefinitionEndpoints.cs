using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Expressions;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;

namespace CaseSystem.Host.Api;

/// <summary>Elsa's workflow-definition routes: save, publish, retract, versions, run, import and export.</summary>
internal static class DefinitionEndpoints
{
    public static RouteGroupBuilder MapDefinitionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflow-definitions").WithTags("Workflow definitions");

        group.MapGet("/", ListAsync).WithSummary("The latest version of each definition, a page at a time");
        group.MapGet("/by-definition-id/{definitionId}", ByDefinitionIdAsync)
            .WithSummary("A definition; versionOptions is Latest (default), Published or a version number");
        group.MapGet("/by-id/{id}", ByIdAsync).WithSummary("One version of a definition, by its version id");
        group.MapPost("/", SaveAsync).WithSummary("Save a definition ({ model, publish }); publish when asked");
        group.MapDelete("/{definitionId}", DeleteAsync).WithSummary("Delete a definition with every version");
        group.MapPost("/{definitionId}/publish", PublishAsync).WithSummary("Publish the latest version");
        group.MapPost("/{definitionId}/retract", RetractAsync).WithSummary("Unpublish the published version");
        group.MapGet("/{definitionId}/versions", VersionsAsync).WithSummary("Every version of a definition");
        group.MapPost("/{definitionId}/revert/{version:int}", RevertAsync)
            .WithSummary("Make an earlier version's content the new latest draft");
        group.MapPost("/{definitionId}/execute", ExecuteAsync)
            .WithSummary("Run the published version now; answers with the instance as the run left it");
        group.MapPost("/{definitionId}/dispatch", DispatchAsync).WithSummary("Queue the published version");
        group.MapGet("/{definitionId}/export", ExportAsync).WithSummary("The latest version as an Elsa JSON file");
        group.MapPost("/import", ImportAsync).WithSummary("Import an Elsa JSON definition as the latest version");
        return api;
    }

    private static async Task<IResult> ListAsync(DefinitionStore definitions, int? page, int? pageSize,
        string? searchTerm, CancellationToken cancellationToken)
    {
        var (size, number) = Paging.Of(page, pageSize);
        var (items, total) = await definitions.ListAsync(number, size, searchTerm, cancellationToken);
        return Results.Ok(new PageOf<DefinitionSummary>(
            items.Select(DefinitionSummary.From).ToList(), total, number, size));
    }

    private static async Task<IResult> ByDefinitionIdAsync(DefinitionStore definitions, string definitionId,
        string? versionOptions, CancellationToken cancellationToken)
    {
        var model = await definitions.FindAsync(definitionId, VersionOptions.Parse(versionOptions), cancellationToken)
            ?? throw new DefinitionNotFoundException(definitionId);
        return Results.Ok(DefinitionWriter.Write(model));
    }

    private static async Task<IResult> ByIdAsync(DefinitionStore definitions, string id,
        CancellationToken cancellationToken)
    {
        var model = await definitions.FindByVersionIdAsync(id, cancellationToken)
            ?? throw new DefinitionNotFoundException(id, "has no version with that id");
        return Results.Ok(DefinitionWriter.Write(model));
    }

    private static async Task<IResult> SaveAsync(HttpRequest request, WorkflowEngine engine, WorkflowRuntime runtime,
        CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadObjectAsync(request, cancellationToken);
        var model = body["model"] as JsonObject
            ?? throw new BadRequestException("The body has no 'model'",
                "Send { \"model\": <the definition>, \"publish\": true|false }.");
        var publish = body["publish"]?.GetValue<bool>() ?? false;

        var definition = DefinitionReader.Read(model, engine.Registry.IsKnown);
        if (publish)
        {
            // Refused whole: a definition that cannot be published is not saved either.
            engine.Compile(definition);
        }

        var saved = await runtime.Definitions.SaveAsync(definition, cancellationToken);
        if (publish)
        {
            saved = (await runtime.PublishAsync(saved.DefinitionId, cancellationToken)).Definition;
        }

        return Results.Ok(DefinitionWriter.Write(saved));
    }

    private static async Task<IResult> DeleteAsync(DefinitionStore definitions, string definitionId,
        CancellationToken cancellationToken) =>
        await definitions.DeleteAsync(definitionId, cancellationToken)
            ? Results.NoContent()
            : throw new DefinitionNotFoundException(definitionId);

    private static async Task<IResult> PublishAsync(WorkflowRuntime runtime, string definitionId,
        CancellationToken cancellationToken)
    {
        var result = await runtime.PublishAsync(definitionId, cancellationToken);
        return Results.Ok(new PublishView(DefinitionWriter.Write(result.Definition),
            result.Triggers.Select(TriggerView.From).ToList()));
    }

    private static async Task<IResult> RetractAsync(WorkflowRuntime runtime, string definitionId,
        CancellationToken cancellationToken)
    {
        var result = await runtime.RetractAsync(definitionId, cancellationToken);
        return Results.Ok(DefinitionWriter.Write(result.Definition));
    }

    private static async Task<IResult> VersionsAsync(DefinitionStore definitions, string definitionId,
        CancellationToken cancellationToken)
    {
        var versions = await definitions.VersionsAsync(definitionId, cancellationToken);
        return versions.Count == 0
            ? throw new DefinitionNotFoundException(definitionId)
            : Results.Ok(versions.Select(DefinitionSummary.From));
    }

    private static async Task<IResult> RevertAsync(DefinitionStore definitions, string definitionId, int version,
        CancellationToken cancellationToken) =>
        Results.Ok(DefinitionWriter.Write(await definitions.RevertAsync(definitionId, version, cancellationToken)));

    private static async Task<IResult> ExecuteAsync(HttpRequest request, WorkflowRuntime runtime, string definitionId,
        CancellationToken cancellationToken)
    {
        var start = StartBody.From(await ApiJson.ReadOptionalObjectAsync(request, cancellationToken));
        var outcome = await runtime.ExecuteAsync(definitionId, start, cancellationToken);
        return Results.Ok(InstanceView.From(outcome.Instance));
    }

    private static async Task<IResult> DispatchAsync(HttpRequest request, WorkflowRuntime runtime, string definitionId,
        CancellationToken cancellationToken)
    {
        var start = StartBody.From(await ApiJson.ReadOptionalObjectAsync(request, cancellationToken));
        var instanceId = await runtime.DispatchAsync(definitionId, start, cancellationToken);
        return Results.Accepted($"/elsa/api/workflow-instances/{instanceId}", new { workflowInstanceId = instanceId });
    }

    private static async Task<IResult> ExportAsync(DefinitionStore definitions, string definitionId,
        CancellationToken cancellationToken)
    {
        var model = await definitions.FindAsync(definitionId, VersionOptions.Latest, cancellationToken)
            ?? throw new DefinitionNotFoundException(definitionId);
        var json = DefinitionWriter.WriteString(model);
        var name = string.Concat((model.Name ?? definitionId).Select(c => char.IsLetterOrDigit(c) ? c : '-'));
        return Results.File(Encoding.UTF8.GetBytes(json), "application/json", $"{name}.json");
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, WorkflowEngine engine,
        DefinitionStore definitions, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadObjectAsync(request, cancellationToken);
        var definition = DefinitionReader.Read(body, engine.Registry.IsKnown);
        var saved = await definitions.SaveAsync(definition, cancellationToken);
        return Results.Ok(DefinitionWriter.Write(saved));
    }
}

/// <summary>How to start an instance: <c>{ input, correlationId }</c>, both optional.</summary>
internal static class StartBody
{
    public static StartRequest From(JsonObject body) => new()
    {
        CorrelationId = body["correlationId"]?.GetValue<string>(),
        Input = body["input"] switch
        {
            null => null,
            JsonObject input => (Dictionary<string, object?>)ValueConverter.FromJson(input)!,
            _ => throw new BadRequestException(
                "'input' must be an object", "Send \"input\": { \"name\": value, ... }."),
        },
    };
}

internal sealed record DefinitionSummary(string Id, string DefinitionId, string? Name, int Version, bool IsLatest,
    bool IsPublished, DateTimeOffset CreatedAt)
{
    public static DefinitionSummary From(DefinitionRecord record) => new(record.Id, record.DefinitionId, record.Name,
        record.Version, record.IsLatest, record.IsPublished, record.CreatedAt);
}

internal sealed record TriggerView(string Id, string ActivityId, string Name, string Hash, string? Payload)
{
    public static TriggerView From(TriggerRecord trigger) =>
        new(trigger.Id, trigger.ActivityId, trigger.Name, trigger.Hash, trigger.Payload);
}

internal sealed record PublishView(JsonObject Definition, IReadOnlyList<TriggerView> Triggers);

internal sealed record PageOf<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);

internal static class Paging
{
    public const int MaxPageSize = 500;

    public static (int Size, int Number) Of(int? page, int? pageSize)
    {
        if (page < 0 || pageSize is < 1 or > MaxPageSize)
        {
            throw new BadRequestException("The page is out of range",
                $"page starts at 0 and pageSize is between 1 and {MaxPageSize}.");
        }

        return (pageSize ?? 50, page ?? 0);
    }
}
