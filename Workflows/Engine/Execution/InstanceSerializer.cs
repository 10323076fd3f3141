using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Expressions;

namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// Writes an instance's whole state as one JSON document and reads it back against the compiled workflow of
/// the instance's version. Variables are stored by name and converted back to their declared types; activities
/// are referred to by id, so the document does not depend on how a compiler numbers nodes.
/// </summary>
public static class InstanceSerializer
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(CompiledWorkflow workflow, WorkflowInstance instance) =>
        ToJson(workflow, instance).ToJsonString(Compact);

    public static JsonObject ToJson(CompiledWorkflow workflow, WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(instance);

        var variables = new JsonObject();
        foreach (var slot in workflow.Variables)
        {
            variables[slot.Name] = ValueConverter.ToJson(instance.Variables[slot.Index]);
        }

        var outputs = new JsonObject();
        foreach (var (node, values) in instance.ActivityOutputs)
        {
            outputs[workflow.Nodes[node].Id] = ValueConverter.ToJson(values);
        }

        return new JsonObject
        {
            ["id"] = instance.Id,
            ["definitionId"] = instance.DefinitionId,
            ["definitionVersionId"] = instance.DefinitionVersionId,
            ["version"] = instance.Version,
            ["name"] = instance.Name,
            ["correlationId"] = instance.CorrelationId,
            ["status"] = instance.Status.ToString(),
            ["subStatus"] = instance.SubStatus.ToString(),
            ["createdAt"] = Time(instance.CreatedAt),
            ["updatedAt"] = Time(instance.UpdatedAt),
            ["finishedAt"] = instance.FinishedAt is { } finished ? Time(finished) : null,
            ["input"] = ValueConverter.ToJson(instance.Input),
            ["output"] = ValueConverter.ToJson(instance.Output),
            ["outcomes"] = new JsonArray(instance.Outcomes.Select(o => (JsonNode?)o).ToArray()),
            ["variables"] = variables,
            ["scheduled"] = new JsonArray(instance.Scheduled
                .Select(w => (JsonNode?)new JsonObject
                {
                    ["activity"] = workflow.Nodes[w.NodeIndex].Id,
                    ["scope"] = w.ScopeId,
                })
                .ToArray()),
            ["scopes"] = new JsonArray(instance.Scopes.Select(s => (JsonNode?)WriteScope(workflow, s)).ToArray()),
            ["bookmarks"] = new JsonArray(instance.Bookmarks.Select(b => (JsonNode?)WriteBookmark(b)).ToArray()),
            ["incidents"] = new JsonArray(instance.Incidents.Select(i => (JsonNode?)WriteIncident(i)).ToArray()),
            ["activityOutputs"] = outputs,
            ["lastResult"] = ValueConverter.ToJson(instance.LastResult),
            ["nextActivityInstance"] = instance.NextActivityInstance,
            ["nextJournalSequence"] = instance.NextJournalSequence,
        };
    }

    public static WorkflowInstance Deserialize(CompiledWorkflow workflow, string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        return FromJson(workflow, JsonNode.Parse(json) as JsonObject
            ?? throw new JsonException("An instance document must be a JSON object."));
    }

    public static WorkflowInstance FromJson(CompiledWorkflow workflow, JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(json);

        var variables = new object?[workflow.Variables.Length];
        var stored = json["variables"] as JsonObject;
        foreach (var slot in workflow.Variables)
        {
            variables[slot.Index] = stored is not null && stored.TryGetPropertyValue(slot.Name, out var value)
                ? ValueConverter.Convert(ValueConverter.FromJson(value), slot.Type)
                : slot.CreateInitialValue();
        }

        var instance = new WorkflowInstance
        {
            Id = Text(json, "id")!,
            DefinitionId = Text(json, "definitionId")!,
            DefinitionVersionId = Text(json, "definitionVersionId")!,
            Version = json["version"]?.GetValue<int>() ?? 1,
            Name = Text(json, "name"),
            CorrelationId = Text(json, "correlationId"),
            Status = Enum.Parse<WorkflowStatus>(Text(json, "status")!),
            SubStatus = Enum.Parse<WorkflowSubStatus>(Text(json, "subStatus")!),
            CreatedAt = ParseTime(Text(json, "createdAt")!),
            UpdatedAt = ParseTime(Text(json, "updatedAt")!),
            FinishedAt = Text(json, "finishedAt") is { } finished ? ParseTime(finished) : null,
            Input = Map(json["input"]),
            Variables = variables,
            LastResult = ValueConverter.FromJson(json["lastResult"]),
            NextActivityInstance = json["nextActivityInstance"]?.GetValue<long>() ?? 1,
            NextJournalSequence = json["nextJournalSequence"]?.GetValue<long>() ?? 1,
        };

        foreach (var (key, value) in Map(json["output"]))
        {
            instance.Output[key] = value;
        }

        instance.Outcomes.AddRange((json["outcomes"] as JsonArray ?? []).Select(o => o!.GetValue<string>()));
        foreach (var item in json["scheduled"] as JsonArray ?? [])
        {
            instance.Scheduled.Enqueue(
                new WorkItem(Node(workflow, Text(item!, "activity")), item!["scope"]!.GetValue<int>()));
        }

        instance.Scopes.AddRange((json["scopes"] as JsonArray ?? []).Select(s => ReadScope(workflow, (JsonObject)s!)));
        instance.Bookmarks.AddRange(
            (json["bookmarks"] as JsonArray ?? []).Select(b => ReadBookmark(workflow, (JsonObject)b!)));
        instance.Incidents.AddRange(
            (json["incidents"] as JsonArray ?? []).Select(i => ReadIncident(workflow, (JsonObject)i!)));
        foreach (var (activity, values) in json["activityOutputs"] as JsonObject ?? [])
        {
            instance.ActivityOutputs[Node(workflow, activity)] = Map(values);
        }

        return instance;
    }

    private static JsonObject WriteScope(CompiledWorkflow workflow, ScopeState scope) => new()
    {
        ["id"] = scope.Id,
        ["flowchart"] = scope.FlowchartIndex,
        ["parent"] = scope.ParentScopeId,
        ["owner"] = scope.OwnerNodeIndex < 0 ? null : workflow.Nodes[scope.OwnerNodeIndex].Id,
        ["ownerActivityInstance"] = scope.OwnerActivityInstance,
        ["queued"] = scope.Queued,
        ["blocked"] = scope.Blocked,
        ["activeChildren"] = scope.ActiveChildren,
        ["completed"] = scope.IsCompleted,
        ["tokens"] = scope.JoinTokens is null ? null : new JsonObject(scope.JoinTokens.Select(t =>
            new KeyValuePair<string, JsonNode?>(t.Key.ToString(CultureInfo.InvariantCulture), t.Value))),
    };

    private static ScopeState ReadScope(CompiledWorkflow workflow, JsonObject json) => new()
    {
        Id = json["id"]!.GetValue<int>(),
        FlowchartIndex = json["flowchart"]!.GetValue<int>(),
        ParentScopeId = json["parent"]!.GetValue<int>(),
        OwnerNodeIndex = Text(json, "owner") is { } owner ? Node(workflow, owner) : -1,
        OwnerActivityInstance = json["ownerActivityInstance"]!.GetValue<long>(),
        Queued = json["queued"]!.GetValue<int>(),
        Blocked = json["blocked"]!.GetValue<int>(),
        ActiveChildren = json["activeChildren"]!.GetValue<int>(),
        IsCompleted = json["completed"]!.GetValue<bool>(),
        JoinTokens = json["tokens"] is JsonObject tokens
            ? tokens.ToDictionary(t => int.Parse(t.Key, CultureInfo.InvariantCulture), t => t.Value!.GetValue<int>())
            : null,
    };

    private static JsonObject WriteBookmark(Bookmark bookmark) => new()
    {
        ["id"] = bookmark.Id,
        ["name"] = bookmark.Name,
        ["hash"] = bookmark.Hash,
        ["payload"] = bookmark.Payload,
        ["activityId"] = bookmark.ActivityId,
        ["activityInstanceId"] = bookmark.ActivityInstanceId,
        ["scope"] = bookmark.ScopeId,
        ["createdAt"] = Time(bookmark.CreatedAt),
        ["resumeAt"] = bookmark.ResumeAt is { } at ? Time(at) : null,
    };

    private static Bookmark ReadBookmark(CompiledWorkflow workflow, JsonObject json) => new()
    {
        Id = Text(json, "id")!,
        Name = Text(json, "name")!,
        Hash = Text(json, "hash")!,
        Payload = Text(json, "payload"),
        ActivityId = Text(json, "activityId")!,
        ActivityInstanceId = Text(json, "activityInstanceId")!,
        NodeIndex = Node(workflow, Text(json, "activityId")),
        ScopeId = json["scope"]!.GetValue<int>(),
        CreatedAt = ParseTime(Text(json, "createdAt")!),
        ResumeAt = Text(json, "resumeAt") is { } at ? ParseTime(at) : null,
    };

    private static JsonObject WriteIncident(Incident incident) => new()
    {
        ["activityId"] = incident.ActivityId,
        ["activityType"] = incident.ActivityType,
        ["activityInstance"] = incident.ActivityInstance,
        ["scope"] = incident.ScopeId,
        ["message"] = incident.Message,
        ["exceptionType"] = incident.ExceptionType,
        ["code"] = incident.Code,
        ["category"] = incident.Category,
        ["timestamp"] = Time(incident.Timestamp),
    };

    private static Incident ReadIncident(CompiledWorkflow workflow, JsonObject json) => new()
    {
        ActivityId = Text(json, "activityId")!,
        ActivityType = Text(json, "activityType")!,
        ActivityInstance = json["activityInstance"]!.GetValue<long>(),
        NodeIndex = Node(workflow, Text(json, "activityId")),
        ScopeId = json["scope"]!.GetValue<int>(),
        Message = Text(json, "message")!,
        ExceptionType = Text(json, "exceptionType"),
        Code = Text(json, "code"),
        Category = Text(json, "category"),
        Timestamp = ParseTime(Text(json, "timestamp")!),
    };

    private static int Node(CompiledWorkflow workflow, string? activityId) =>
        activityId is not null && workflow.NodeIndex.TryGetValue(activityId, out var index)
            ? index
            : throw new JsonException(
                $"The instance refers to activity '{activityId}', which version {workflow.Definition.Version} of " +
                $"'{workflow.Definition.DefinitionId}' does not have.");

    private static Dictionary<string, object?> Map(JsonNode? json) =>
        ValueConverter.FromJson(json) as Dictionary<string, object?>
            ?? new Dictionary<string, object?>(StringComparer.Ordinal);

    private static string? Text(JsonNode json, string name) => json[name]?.GetValue<string>();

    private static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
