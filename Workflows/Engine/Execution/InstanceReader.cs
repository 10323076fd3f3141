using System.Globalization;
using System.Text.Json;
using CaseSystem.Workflows.Engine.Expressions;

namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// An instance read from its document token by token (see <see cref="InstanceSerializer"/>). Properties may come
/// in any order and unknown ones are skipped; a missing collection is empty.
/// </summary>
internal static class InstanceReader
{
    /// <summary>Longer than any property name or time the document holds; longer names are not ours.</summary>
    private const int MaxText = 64;

    public static WorkflowInstance Read(CompiledWorkflow workflow, ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An instance document must be a JSON object.");
        }

        string? id = null, definitionId = null, definitionVersionId = null, name = null, correlationId = null;
        WorkflowStatus? status = null;
        WorkflowSubStatus? subStatus = null;
        DateTimeOffset? createdAt = null, updatedAt = null, finishedAt = null;
        var version = 1;
        long nextActivityInstance = 1, nextJournalSequence = 1;
        Dictionary<string, object?>? input = null, output = null, variables = null;
        object? lastResult = null;
        List<string>? outcomes = null;
        List<WorkItem>? scheduled = null;
        List<ScopeState>? scopes = null;
        List<Bookmark>? bookmarks = null;
        List<Incident>? incidents = null;
        Dictionary<int, Dictionary<string, object?>>? outputs = null;

        Span<char> property = stackalloc char[MaxText];
        while (NextProperty(ref reader, property, out var length))
        {
            switch (property[..length])
            {
                case "id": id = Text(ref reader); break;
                case "definitionId": definitionId = Text(ref reader); break;
                case "definitionVersionId": definitionVersionId = Text(ref reader); break;
                case "version": version = reader.TokenType == JsonTokenType.Null ? 1 : reader.GetInt32(); break;
                case "name": name = Text(ref reader); break;
                case "correlationId": correlationId = Text(ref reader); break;
                case "status": status = Named<WorkflowStatus>(ref reader); break;
                case "subStatus": subStatus = Named<WorkflowSubStatus>(ref reader); break;
                case "createdAt": createdAt = Time(ref reader); break;
                case "updatedAt": updatedAt = Time(ref reader); break;
                case "finishedAt": finishedAt = Time(ref reader); break;
                case "input": input = Map(ref reader); break;
                case "output": output = Map(ref reader); break;
                case "variables": variables = Map(ref reader); break;
                case "lastResult": lastResult = ValueConverter.ReadJson(ref reader); break;
                case "nextActivityInstance": nextActivityInstance = Int64(ref reader, 1); break;
                case "nextJournalSequence": nextJournalSequence = Int64(ref reader, 1); break;
                case "outcomes": outcomes = Outcomes(ref reader); break;
                case "scheduled": scheduled = Items(ref reader, workflow, ReadWorkItem); break;
                case "scopes": scopes = Items(ref reader, workflow, ReadScope); break;
                case "bookmarks": bookmarks = Items(ref reader, workflow, ReadBookmark); break;
                case "incidents": incidents = Items(ref reader, workflow, ReadIncident); break;
                case "activityOutputs": outputs = ActivityOutputs(ref reader, workflow); break;
                default: reader.Skip(); break;
            }
        }

        var values = new object?[workflow.Variables.Length];
        foreach (var slot in workflow.Variables)
        {
            values[slot.Index] = variables is not null && variables.TryGetValue(slot.Name, out var value)
                ? ValueConverter.Convert(value, slot.Type)
                : slot.CreateInitialValue();
        }

        var instance = new WorkflowInstance
        {
            Id = id ?? throw Missing("id"),
            DefinitionId = definitionId ?? throw Missing("definitionId"),
            DefinitionVersionId = definitionVersionId ?? throw Missing("definitionVersionId"),
            Version = version,
            Name = name,
            CorrelationId = correlationId,
            Status = status ?? throw Missing("status"),
            SubStatus = subStatus ?? throw Missing("subStatus"),
            CreatedAt = createdAt ?? throw Missing("createdAt"),
            UpdatedAt = updatedAt ?? throw Missing("updatedAt"),
            FinishedAt = finishedAt,
            Input = input ?? new(StringComparer.Ordinal),
            Variables = values,
            LastResult = lastResult,
            NextActivityInstance = nextActivityInstance,
            NextJournalSequence = nextJournalSequence,
        };

        foreach (var (key, value) in output ?? [])
        {
            instance.Output[key] = value;
        }

        if (outcomes is not null)
        {
            instance.Outcomes.AddRange(outcomes);
        }

        foreach (var work in scheduled ?? [])
        {
            instance.Scheduled.Enqueue(work);
        }

        instance.Scopes.AddRange(scopes ?? []);
        if (bookmarks is { Count: > 0 })
        {
            instance.Bookmarks.AddRange(bookmarks);
        }

        if (incidents is { Count: > 0 })
        {
            instance.Incidents.AddRange(incidents);
        }

        foreach (var (node, value) in outputs ?? [])
        {
            instance.ActivityOutputs[node] = value;
        }

        return instance;
    }

    private delegate T ItemReader<out T>(ref Utf8JsonReader reader, CompiledWorkflow workflow);

    /// <summary>The items of an array, or null when the value is not one (it is skipped).</summary>
    private static List<T>? Items<T>(ref Utf8JsonReader reader, CompiledWorkflow workflow, ItemReader<T> item)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("An instance document's lists hold objects.");
            }

            items.Add(item(ref reader, workflow));
        }

        return items;
    }

    private static List<string>? Outcomes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var outcomes = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            outcomes.Add(reader.GetString() ?? throw new JsonException("An outcome is a string."));
        }

        return outcomes;
    }

    private static Dictionary<int, Dictionary<string, object?>>? ActivityOutputs(ref Utf8JsonReader reader,
        CompiledWorkflow workflow)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var outputs = new Dictionary<int, Dictionary<string, object?>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var node = Node(workflow, reader.GetString());
            reader.Read();
            outputs[node] = Map(ref reader) ?? new(StringComparer.Ordinal);
        }

        return outputs;
    }

    private static WorkItem ReadWorkItem(ref Utf8JsonReader reader, CompiledWorkflow workflow)
    {
        string? activity = null;
        int? scope = null;
        Span<char> property = stackalloc char[MaxText];
        while (NextProperty(ref reader, property, out var length))
        {
            switch (property[..length])
            {
                case "activity": activity = Text(ref reader); break;
                case "scope": scope = reader.GetInt32(); break;
                default: reader.Skip(); break;
            }
        }

        return new WorkItem(Node(workflow, activity), scope ?? throw Missing("scope"));
    }

    private static ScopeState ReadScope(ref Utf8JsonReader reader, CompiledWorkflow workflow)
    {
        int? id = null, flowchart = null, parent = null;
        int queued = 0, blocked = 0, activeChildren = 0, owner = -1;
        long ownerActivityInstance = 0;
        var completed = false;
        Dictionary<int, int>? tokens = null;
        Span<char> property = stackalloc char[MaxText];
        while (NextProperty(ref reader, property, out var length))
        {
            switch (property[..length])
            {
                case "id": id = reader.GetInt32(); break;
                case "flowchart": flowchart = reader.GetInt32(); break;
                case "parent": parent = reader.GetInt32(); break;
                case "owner": owner = Text(ref reader) is { } activity ? Node(workflow, activity) : -1; break;
                case "ownerActivityInstance": ownerActivityInstance = reader.GetInt64(); break;
                case "queued": queued = reader.GetInt32(); break;
                case "blocked": blocked = reader.GetInt32(); break;
                case "activeChildren": activeChildren = reader.GetInt32(); break;
                case "completed": completed = reader.GetBoolean(); break;
                case "tokens": tokens = Tokens(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new ScopeState
        {
            Id = id ?? throw Missing("scope id"),
            FlowchartIndex = flowchart ?? throw Missing("scope flowchart"),
            ParentScopeId = parent ?? throw Missing("scope parent"),
            OwnerNodeIndex = owner,
            OwnerActivityInstance = ownerActivityInstance,
            Queued = queued,
            Blocked = blocked,
            ActiveChildren = activeChildren,
            IsCompleted = completed,
            JoinTokens = tokens,
        };
    }

    private static Dictionary<int, int>? Tokens(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var tokens = new Dictionary<int, int>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var connection = int.Parse(reader.GetString()!, CultureInfo.InvariantCulture);
            reader.Read();
            tokens[connection] = reader.GetInt32();
        }

        return tokens;
    }

    private static Bookmark ReadBookmark(ref Utf8JsonReader reader, CompiledWorkflow workflow)
    {
        string? id = null, name = null, hash = null, payload = null, activityId = null, activityInstanceId = null;
        int? scope = null;
        DateTimeOffset? createdAt = null, resumeAt = null;
        Span<char> property = stackalloc char[MaxText];
        while (NextProperty(ref reader, property, out var length))
        {
            switch (property[..length])
            {
                case "id": id = Text(ref reader); break;
                case "name": name = Text(ref reader); break;
                case "hash": hash = Text(ref reader); break;
                case "payload": payload = Text(ref reader); break;
                case "activityId": activityId = Text(ref reader); break;
                case "activityInstanceId": activityInstanceId = Text(ref reader); break;
                case "scope": scope = reader.GetInt32(); break;
                case "createdAt": createdAt = Time(ref reader); break;
                case "resumeAt": resumeAt = Time(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new Bookmark
        {
            Id = id ?? throw Missing("bookmark id"),
            Name = name ?? throw Missing("bookmark name"),
            Hash = hash ?? throw Missing("bookmark hash"),
            Payload = payload,
            ActivityId = activityId ?? throw Missing("bookmark activityId"),
            ActivityInstanceId = activityInstanceId ?? throw Missing("bookmark activityInstanceId"),
            NodeIndex = Node(workflow, activityId),
            ScopeId = scope ?? throw Missing("bookmark scope"),
            CreatedAt = createdAt ?? throw Missing("bookmark createdAt"),
            ResumeAt = resumeAt,
        };
    }

    private static Incident ReadIncident(ref Utf8JsonReader reader, CompiledWorkflow workflow)
    {
        string? activityId = null, activityType = null, message = null, exceptionType = null, code = null;
        string? category = null;
        long? activityInstance = null;
        int? scope = null;
        DateTimeOffset? timestamp = null;
        Span<char> property = stackalloc char[MaxText];
        while (NextProperty(ref reader, property, out var length))
        {
            switch (property[..length])
            {
                case "activityId": activityId = Text(ref reader); break;
                case "activityType": activityType = Text(ref reader); break;
                case "activityInstance": activityInstance = reader.GetInt64(); break;
                case "scope": scope = reader.GetInt32(); break;
                case "message": message = Text(ref reader); break;
                case "exceptionType": exceptionType = Text(ref reader); break;
                case "code": code = Text(ref reader); break;
                case "category": category = Text(ref reader); break;
                case "timestamp": timestamp = Time(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new Incident
        {
            ActivityId = activityId ?? throw Missing("incident activityId"),
            ActivityType = activityType ?? throw Missing("incident activityType"),
            ActivityInstance = activityInstance ?? throw Missing("incident activityInstance"),
            NodeIndex = Node(workflow, activityId),
            ScopeId = scope ?? throw Missing("incident scope"),
            Message = message ?? throw Missing("incident message"),
            ExceptionType = exceptionType,
            Code = code,
            Category = category,
            Timestamp = timestamp ?? throw Missing("incident timestamp"),
        };
    }

    /// <summary>
    /// Moves to the next property of the object the reader is in and on to its value; false at the object's end.
    /// A name too long for <paramref name="name"/> is none of ours: its value is skipped.
    /// </summary>
    private static bool NextProperty(ref Utf8JsonReader reader, scoped Span<char> name, out int length)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var fits = TryCopy(ref reader, name, out length);
            reader.Read();
            if (fits)
            {
                return true;
            }

            reader.Skip();
        }

        length = 0;
        return false;
    }

    /// <summary>The string at the reader, unescaped into <paramref name="text"/> if it fits; nothing allocated.
    /// </summary>
    private static bool TryCopy(ref Utf8JsonReader reader, scoped Span<char> text, out int length)
    {
        // Unescaped, a string has at most as many characters as its UTF-8 bytes.
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !reader.HasValueSequence
            && reader.ValueSpan.Length <= text.Length)
        {
            length = reader.CopyString(text);
            return true;
        }

        length = 0;
        return false;
    }

    private static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException($"Expected a string, found {reader.TokenType}."),
    };

    private static long Int64(ref Utf8JsonReader reader, long missing) =>
        reader.TokenType == JsonTokenType.Null ? missing : reader.GetInt64();

    private static T? Named<T>(ref Utf8JsonReader reader)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Span<char> text = stackalloc char[MaxText];
        return TryCopy(ref reader, text, out var length)
            ? System.Enum.Parse<T>(text[..length])
            : throw new JsonException($"'{reader.GetString()}' is not a {typeof(T).Name}.");
    }

    private static DateTimeOffset? Time(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Span<char> text = stackalloc char[MaxText];
        return TryCopy(ref reader, text, out var length)
            ? DateTimeOffset.Parse(text[..length], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : throw new JsonException($"'{reader.GetString()}' is not a moment.");
    }

    private static Dictionary<string, object?>? Map(ref Utf8JsonReader reader) =>
        ValueConverter.ReadJson(ref reader) as Dictionary<string, object?>;

    private static int Node(CompiledWorkflow workflow, string? activityId) =>
        activityId is not null && workflow.NodeIndex.TryGetValue(activityId, out var index)
            ? index
            : throw new JsonException(
                $"The instance refers to activity '{activityId}', which version {workflow.Definition.Version} of " +
                $"'{workflow.Definition.DefinitionId}' does not have.");

    private static JsonException Missing(string property) =>
        new($"The instance document has no {property}.");
}
