using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;

namespace CaseSystem.Host.Api;

/// <summary>Elsa's workflow-instance routes: list, read, journal, variables, cancel, retry, delete.</summary>
internal static class InstanceEndpoints
{
    public static RouteGroupBuilder MapInstanceEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflow-instances").WithTags("Workflow instances");
        group.MapGet("/", ListAsync).WithSummary("Instances, filtered and a page at a time");
        group.MapGet("/{id}", GetAsync).WithSummary("One instance with its state");
        group.MapDelete("/{id}", DeleteAsync).WithSummary("Delete an instance with its bookmarks and journal");
        group.MapGet("/{id}/journal", JournalAsync).WithSummary("The activity executions of an instance, in order");
        group.MapGet("/{id}/variables", VariablesAsync).WithSummary("An instance's variables and their values");
        group.MapPost("/{id}/retry", RetryAsync).WithSummary("Run a faulted instance again from its incident");
        api.MapPost("/cancel/workflow-instances/{id}", CancelAsync).WithTags("Workflow instances")
            .WithSummary("Cancel an instance that has not finished");
        return api;
    }

    private static async Task<IResult> ListAsync(WorkflowRuntime runtime, int? page, int? pageSize,
        string? definitionId, WorkflowStatus? status, WorkflowSubStatus? subStatus, string? correlationId,
        string? searchTerm, InstanceOrder? orderBy, CancellationToken cancellationToken)
    {
        var (size, number) = Paging.Of(page, pageSize);
        var (items, total) = await runtime.ListInstancesAsync(new InstanceFilter
        {
            DefinitionId = definitionId,
            Status = status,
            SubStatus = subStatus,
            CorrelationId = correlationId,
            SearchTerm = searchTerm,
            OrderBy = orderBy ?? InstanceOrder.CreatedAt,
            Page = number,
            PageSize = size,
        }, cancellationToken);
        return Results.Ok(new PageOf<InstanceSummary>(
            items.Select(InstanceSummary.From).ToList(), total, number, size));
    }

    private static async Task<IResult> GetAsync(WorkflowRuntime runtime, string id, CancellationToken cancellationToken)
    {
        var instance = await runtime.LoadInstanceAsync(id, cancellationToken)
            ?? throw new InstanceNotFoundException(id);
        return Results.Ok(InstanceView.From(instance));
    }

    private static async Task<IResult> DeleteAsync(WorkflowRuntime runtime, string id,
        CancellationToken cancellationToken) =>
        await runtime.DeleteInstanceAsync(id, cancellationToken)
            ? Results.NoContent()
            : throw new InstanceNotFoundException(id);

    private static async Task<IResult> JournalAsync(WorkflowRuntime runtime, string id, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        _ = await runtime.FindInstanceAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        var (size, number) = Paging.Of(page, pageSize);
        var (items, total) = await runtime.JournalAsync(id, number, size, cancellationToken);
        return Results.Ok(new PageOf<JournalRecord>(items, total, number, size));
    }

    private static async Task<IResult> VariablesAsync(WorkflowRuntime runtime, string id,
        CancellationToken cancellationToken)
    {
        var record = await runtime.FindInstanceAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        var state = JsonNode.Parse(record.State)!["variables"] as JsonObject ?? [];
        return Results.Ok(state.Select(v => new { name = v.Key, value = v.Value?.DeepClone() }));
    }

    private static async Task<IResult> CancelAsync(WorkflowRuntime runtime, string id,
        CancellationToken cancellationToken)
    {
        _ = await runtime.FindInstanceAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        return await runtime.CancelAsync(id, cancellationToken)
            ? Results.Ok(InstanceView.From((await runtime.LoadInstanceAsync(id, cancellationToken))!))
            : throw new BadRequestException(
                "The instance has already finished", "Only a running instance can be cancelled.");
    }

    private static async Task<IResult> RetryAsync(WorkflowRuntime runtime, string id,
        CancellationToken cancellationToken)
    {
        _ = await runtime.FindInstanceAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        var outcome = await runtime.RetryAsync(id, cancellationToken)
            ?? throw new BadRequestException("The instance is not faulted", "Only a faulted instance can be retried.");
        return Results.Ok(InstanceView.From(outcome.Instance));
    }
}

internal sealed record InstanceSummary(string Id, string DefinitionId, string DefinitionVersionId, int Version,
    string? Name, string? CorrelationId, string Status, string SubStatus, int IncidentCount, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt)
{
    public static InstanceSummary From(InstanceRecord r) => new(r.Id, r.DefinitionId, r.DefinitionVersionId,
        r.Version, r.Name, r.CorrelationId, r.Status, r.SubStatus, r.IncidentCount, r.CreatedAt, r.UpdatedAt,
        r.FinishedAt);
}

/// <summary>An instance as the API shows it: its columns, output, incidents and what it waits for.</summary>
internal sealed record InstanceView(string Id, string DefinitionId, string DefinitionVersionId, int Version,
    string? Name, string? CorrelationId, string Status, string SubStatus, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt, JsonNode? Output, IReadOnlyList<object> Incidents,
    IReadOnlyList<object> Bookmarks)
{
    public static InstanceView From(WorkflowInstance i) => new(i.Id, i.DefinitionId, i.DefinitionVersionId, i.Version,
        i.Name, i.CorrelationId, i.Status.ToString(), i.SubStatus.ToString(), i.CreatedAt, i.UpdatedAt, i.FinishedAt,
        CaseSystem.Workflows.Engine.Expressions.ValueConverter.ToJson(i.Output),
        i.Incidents
            .Select(x => (object)new { x.ActivityId, x.ActivityType, x.Message, x.Code, x.Category, x.Timestamp })
            .ToList(),
        i.Bookmarks.Select(b => (object)new { b.Id, b.Name, b.ActivityId, b.Payload, b.ResumeAt }).ToList());
}
