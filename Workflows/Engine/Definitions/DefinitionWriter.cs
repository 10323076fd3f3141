using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Definitions;

/// <summary>Writes a definition in the current Elsa 3 form (camelCase, nested connection endpoints).</summary>
public static class DefinitionWriter
{
    public const string SchemaUrl = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json";

    // Bulgarian names and texts stay readable in exported files instead of turning into \u escapes.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string WriteString(WorkflowDefinition definition, bool indented = true) =>
        Write(definition).ToJsonString(indented ? Indented : Compact);

    public static JsonObject Write(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);

        var json = new JsonObject { ["$schema"] = SchemaUrl };
        foreach (var (key, value) in definition.Extra)
        {
            if (key != "$schema")
            {
                json[key] = value?.DeepClone();
            }
        }

        json["id"] = definition.Id;
        json["definitionId"] = definition.DefinitionId;
        json["name"] = definition.Name;
        if (definition.Description is not null)
        {
            json["description"] = definition.Description;
        }

        json["createdAt"] = definition.CreatedAt?.ToString("O", CultureInfo.InvariantCulture);
        json["version"] = definition.Version;
        json["toolVersion"] = definition.ToolVersion;
        json["variables"] = WriteVariables(definition.Variables);
        json["inputs"] = definition.Inputs.DeepClone();
        json["outputs"] = definition.Outputs.DeepClone();
        json["outcomes"] = definition.Outcomes.DeepClone();
        json["customProperties"] = definition.CustomProperties.DeepClone();
        json["isReadonly"] = definition.IsReadonly;
        json["isSystem"] = definition.IsSystem;
        json["isLatest"] = definition.IsLatest;
        json["isPublished"] = definition.IsPublished;
        json["options"] = WriteOptions(definition.Options);
        json["root"] = WriteActivity(definition.Root);
        return json;
    }

    public static JsonObject WriteActivity(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        if (node.Original is not null)
        {
            return (JsonObject)node.Original.DeepClone();
        }

        var json = new JsonObject();
        foreach (var (name, input) in node.Inputs)
        {
            json[name] = input is null ? null : WriteInput(input);
        }

        foreach (var (name, output) in node.Outputs)
        {
            var o = new JsonObject();
            if (output.TypeName is not null)
            {
                o["typeName"] = output.TypeName;
            }

            o["memoryReference"] = new JsonObject { ["id"] = output.VariableId };
            json[name] = o;
        }

        foreach (var (key, value) in node.Extra)
        {
            json[key] = value?.DeepClone();
        }

        json["id"] = node.Id;
        if (node.NodeId is not null)
        {
            json["nodeId"] = node.NodeId;
        }

        json["name"] = node.Name;
        json["type"] = node.Type;
        json["version"] = node.Version;

        var custom = (JsonObject)node.CustomProperties.DeepClone();
        custom["canStartWorkflow"] = node.CanStartWorkflow;
        custom["runAsynchronously"] = node.RunAsynchronously;
        json["customProperties"] = custom;
        json["metadata"] = node.Metadata.DeepClone();

        if (node.IsFlowchart)
        {
            json["activities"] = new JsonArray(node.Activities.Select(a => (JsonNode)WriteActivity(a)).ToArray());
            json["variables"] = WriteVariables(node.Variables);
            json["connections"] = new JsonArray(node.Connections.Select(c => (JsonNode)WriteConnection(c)).ToArray());
        }

        return json;
    }

    private static JsonObject WriteInput(ActivityInput input)
    {
        var json = new JsonObject();
        if (input.TypeName is not null)
        {
            json["typeName"] = input.TypeName;
        }

        if (input.Expression is { } expression)
        {
            var e = new JsonObject { ["type"] = expression.Kind };
            if (expression.Value is not null)
            {
                e["value"] = expression.Value.DeepClone();
            }

            json["expression"] = e;
        }

        if (input.MemoryReferenceId is not null)
        {
            json["memoryReference"] = new JsonObject { ["id"] = input.MemoryReferenceId };
        }

        return json;
    }

    private static JsonObject WriteConnection(Connection connection) => new()
    {
        ["source"] = new JsonObject { ["activity"] = connection.Source, ["port"] = connection.SourcePort },
        ["target"] = new JsonObject { ["activity"] = connection.Target, ["port"] = connection.TargetPort },
        ["vertices"] = connection.Vertices?.DeepClone() ?? new JsonArray(),
    };

    private static JsonArray WriteVariables(IEnumerable<VariableDefinition> variables) =>
        new(variables.Select(v => (JsonNode)new JsonObject
        {
            ["id"] = v.Id,
            ["name"] = v.Name,
            ["typeName"] = v.TypeName,
            ["isArray"] = v.IsArray,
            ["value"] = v.Value,
            ["storageDriverTypeName"] = v.StorageDriverTypeName,
        }).ToArray());

    private static JsonObject WriteOptions(WorkflowOptions options)
    {
        var json = new JsonObject();
        if (options.ActivationStrategyType is not null)
        {
            json["activationStrategyType"] = options.ActivationStrategyType;
        }

        if (options.IncidentStrategyType is not null)
        {
            json["incidentStrategyType"] = options.IncidentStrategyType;
        }

        if (options.UsableAsActivity is not null)
        {
            json["usableAsActivity"] = options.UsableAsActivity;
        }

        if (options.AutoUpdateConsumingWorkflows is not null)
        {
            json["autoUpdateConsumingWorkflows"] = options.AutoUpdateConsumingWorkflows;
        }

        if (options.ActivityCategory is not null)
        {
            json["activityCategory"] = options.ActivityCategory;
        }

        foreach (var (key, value) in options.Extra)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }
}
