using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Definitions;

/// <summary>
/// Reads Elsa 3 workflow-definition JSON: the current camelCase form, and the older forms still found in
/// exports (flat connections, <c>$values</c> wrappers, PascalCase names, a top-level <c>canStartWorkflow</c>).
/// </summary>
public static class DefinitionReader
{
    private static readonly HashSet<string> CommonActivityKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "nodeId", "name", "type", "version", "customProperties", "metadata", "canStartWorkflow",
        "runAsynchronously",
    };

    private static readonly HashSet<string> FlowchartKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "activities", "connections", "variables",
    };

    private static readonly HashSet<string> DefinitionKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "definitionId", "name", "description", "createdAt", "version", "toolVersion", "isLatest",
        "isPublished", "isReadonly", "isSystem", "variables", "inputs", "outputs", "outcomes", "customProperties",
        "options", "root",
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads a definition from JSON text.</summary>
    /// <param name="json">The definition, or the API's <c>{ "model": ..., "publish": ... }</c> envelope.</param>
    /// <param name="isKnownType">Tells which activity types the engine runs; others are kept as placeholders.</param>
    public static WorkflowDefinition Read(string json, Func<string, bool>? isKnownType = null)
    {
        ArgumentNullException.ThrowIfNull(json);

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new DefinitionFormatException(
                $"The definition is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine}): " +
                e.Message,
                e);
        }

        return Read(node as JsonObject
            ?? throw new DefinitionFormatException("A workflow definition must be a JSON object."), isKnownType);
    }

    public static WorkflowDefinition Read(JsonObject json, Func<string, bool>? isKnownType = null)
    {
        ArgumentNullException.ThrowIfNull(json);

        if (Get(json, "model") is JsonObject model && Get(json, "root") is null)
        {
            json = model;
        }

        var rootJson = Get(json, "root") as JsonObject
            ?? throw new DefinitionFormatException("The definition has no 'root' activity: add a flowchart as 'root'.");

        var definition = new WorkflowDefinition
        {
            Id = GetString(json, "id") ?? "",
            DefinitionId = GetString(json, "definitionId") ?? GetString(json, "id") ?? "",
            Name = GetString(json, "name"),
            Description = GetString(json, "description"),
            CreatedAt = GetDate(json, "createdAt"),
            Version = GetInt(json, "version") ?? 1,
            ToolVersion = GetString(json, "toolVersion"),
            IsLatest = GetBool(json, "isLatest") ?? true,
            IsPublished = GetBool(json, "isPublished") ?? false,
            IsReadonly = GetBool(json, "isReadonly") ?? false,
            IsSystem = GetBool(json, "isSystem") ?? false,
            Inputs = CloneArray(Get(json, "inputs")),
            Outputs = CloneArray(Get(json, "outputs")),
            Outcomes = CloneArray(Get(json, "outcomes")),
            CustomProperties = CloneObject(Get(json, "customProperties")),
            Options = ReadOptions(Get(json, "options") as JsonObject),
            Root = ReadActivity(rootJson, isKnownType, "root"),
        };

        foreach (var variable in Items(Get(json, "variables")))
        {
            definition.Variables.Add(ReadVariable(variable, "variables"));
        }

        foreach (var (key, value) in json)
        {
            if (!DefinitionKeys.Contains(key) && !key.Equals("model", StringComparison.OrdinalIgnoreCase))
            {
                definition.Extra[key] = value?.DeepClone();
            }
        }

        return definition;
    }

    private static WorkflowOptions ReadOptions(JsonObject? json)
    {
        var options = new WorkflowOptions();
        if (json is null)
        {
            return options;
        }

        foreach (var (key, value) in json)
        {
            switch (key.ToUpperInvariant())
            {
                case "ACTIVATIONSTRATEGYTYPE": options.ActivationStrategyType = AsString(value); break;
                case "INCIDENTSTRATEGYTYPE": options.IncidentStrategyType = AsString(value); break;
                case "USABLEASACTIVITY": options.UsableAsActivity = AsBool(value); break;
                case "AUTOUPDATECONSUMINGWORKFLOWS": options.AutoUpdateConsumingWorkflows = AsBool(value); break;
                case "ACTIVITYCATEGORY": options.ActivityCategory = AsString(value); break;
                default: options.Extra[key] = value?.DeepClone(); break;
            }
        }

        return options;
    }

    private static ActivityNode ReadActivity(JsonObject json, Func<string, bool>? isKnownType, string where)
    {
        var type = GetString(json, "type")
            ?? throw new DefinitionFormatException($"The activity at {where} has no 'type'.");
        var id = GetString(json, "id")
            ?? throw new DefinitionFormatException($"The activity at {where} ({type}) has no 'id'.");

        var custom = CloneObject(Get(json, "customProperties"));
        var node = new ActivityNode
        {
            Id = id,
            NodeId = GetString(json, "nodeId"),
            Name = GetString(json, "name"),
            Type = type,
            Version = GetInt(json, "version") ?? 1,
            Metadata = CloneObject(Get(json, "metadata")),
            CanStartWorkflow = TakeBool(custom, "canStartWorkflow") ?? GetBool(json, "canStartWorkflow") ?? false,
            RunAsynchronously = TakeBool(custom, "runAsynchronously") ?? GetBool(json, "runAsynchronously") ?? false,
            CustomProperties = custom,
        };

        var isFlowchart = node.IsFlowchart;
        if (!isFlowchart && isKnownType is not null && !isKnownType(type))
        {
            node.Original = (JsonObject)json.DeepClone();
            return node;
        }

        if (isFlowchart)
        {
            var index = 0;
            foreach (var child in Items(Get(json, "activities")))
            {
                var childWhere = $"{where}.activities[{index++}]";
                node.Activities.Add(ReadActivity(
                    child as JsonObject ?? throw new DefinitionFormatException($"{childWhere} is not an object."),
                    isKnownType,
                    childWhere));
            }

            index = 0;
            foreach (var connection in Items(Get(json, "connections")))
            {
                node.Connections.Add(ReadConnection(connection, $"{where}.connections[{index++}]"));
            }

            foreach (var variable in Items(Get(json, "variables")))
            {
                node.Variables.Add(ReadVariable(variable, $"{where}.variables"));
            }
        }

        foreach (var (key, value) in json)
        {
            if (CommonActivityKeys.Contains(key) || (isFlowchart && FlowchartKeys.Contains(key)))
            {
                continue;
            }

            ReadProperty(node, key, value);
        }

        return node;
    }

    private static void ReadProperty(ActivityNode node, string key, JsonNode? value)
    {
        switch (value)
        {
            case null:
                node.Inputs[key] = null;
                break;
            case JsonObject o when Get(o, "expression") is not null || IsBareTypedInput(o):
                node.Inputs[key] = ReadInput(o);
                break;
            case JsonObject o when Get(o, "memoryReference") is JsonObject reference:
                node.Outputs[key] = new OutputBinding(GetString(o, "typeName"), GetString(reference, "id") ?? "");
                break;
            default:
                node.Extra[key] = value.DeepClone();
                break;
        }
    }

    // An input written as { "typeName": "String" } with no expression: present, but empty.
    private static bool IsBareTypedInput(JsonObject o) => o.Count == 1 && Get(o, "typeName") is not null;

    private static ActivityInput ReadInput(JsonObject json)
    {
        Expression? expression = null;
        if (Get(json, "expression") is JsonObject e)
        {
            var kind = GetString(e, "type") ?? GetString(e, "syntax") ?? "Literal";
            expression = new Expression(kind, Get(e, "value")?.DeepClone());
        }

        var reference = Get(json, "memoryReference") is JsonObject r ? GetString(r, "id") : null;
        return new ActivityInput(GetString(json, "typeName"), expression, reference);
    }

    private static Connection ReadConnection(JsonNode? json, string where)
    {
        if (json is not JsonObject o)
        {
            throw new DefinitionFormatException($"{where} is not an object.");
        }

        var source = Get(o, "source");
        var target = Get(o, "target");
        var vertices = Get(o, "vertices") is JsonArray v ? (JsonArray)v.DeepClone() : null;

        if (source is JsonObject s && target is JsonObject t)
        {
            return new Connection(
                GetString(s, "activity") ?? throw new DefinitionFormatException($"{where}.source has no 'activity'."),
                GetString(s, "port") ?? "Done",
                GetString(t, "activity") ?? throw new DefinitionFormatException($"{where}.target has no 'activity'."),
                GetString(t, "port") ?? "In") { Vertices = vertices };
        }

        // The flat 3.0-era form: { source, target, sourcePort, targetPort }.
        var sourceId = AsString(source) ?? throw new DefinitionFormatException($"{where} has no 'source'.");
        var targetId = AsString(target) ?? throw new DefinitionFormatException($"{where} has no 'target'.");
        return new Connection(sourceId, GetString(o, "sourcePort") ?? "Done", targetId,
            GetString(o, "targetPort") ?? "In")
        {
            Vertices = vertices,
        };
    }

    private static VariableDefinition ReadVariable(JsonNode? json, string where)
    {
        if (json is not JsonObject o)
        {
            throw new DefinitionFormatException($"An entry of {where} is not an object.");
        }

        var name = GetString(o, "name") ?? throw new DefinitionFormatException($"A variable in {where} has no 'name'.");
        return new VariableDefinition
        {
            Id = GetString(o, "id") ?? name,
            Name = name,
            TypeName = GetString(o, "typeName") ?? "Object",
            IsArray = GetBool(o, "isArray") ?? false,
            Value = Get(o, "value") switch
            {
                null => null,
                JsonValue value when value.TryGetValue<string>(out var s) => s,
                var other => other.ToJsonString(),
            },
            StorageDriverTypeName = GetString(o, "storageDriverTypeName"),
        };
    }

    /// <summary>Looks a property up by its camelCase name, then case-insensitively (PascalCase files).</summary>
    internal static JsonNode? Get(JsonObject o, string name)
    {
        if (o.TryGetPropertyValue(name, out var value))
        {
            return value;
        }

        foreach (var (key, candidate) in o)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The items of an array, also when wrapped as <c>{ "$values": [...] }</c>.</summary>
    private static JsonArray Items(JsonNode? node) => node switch
    {
        JsonArray a => a,
        JsonObject o when Get(o, "$values") is JsonArray a => a,
        _ => new JsonArray(),
    };

    private static JsonArray CloneArray(JsonNode? node) => new(Items(node).Select(n => n?.DeepClone()).ToArray());

    private static JsonObject CloneObject(JsonNode? node) =>
        node as JsonObject is { } o ? (JsonObject)o.DeepClone() : [];

    private static string? GetString(JsonObject o, string name) => AsString(Get(o, name));

    private static string? AsString(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    private static bool? GetBool(JsonObject o, string name) => AsBool(Get(o, name));

    private static bool? AsBool(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => null,
    };

    // Removes the property however it is cased, so a PascalCase flag is not written back beside the camelCase one.
    private static bool? TakeBool(JsonObject o, string name)
    {
        var value = AsBool(Get(o, name));
        var keys = o.Select(p => p.Key).Where(k => k.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var key in keys)
        {
            o.Remove(key);
        }

        return value;
    }

    private static int? GetInt(JsonObject o, string name) => Get(o, name) switch
    {
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out var i)
            => i,
        _ => null,
    };

    private static DateTimeOffset? GetDate(JsonObject o, string name) =>
        GetString(o, name) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, out var d) ? d : null;
}
