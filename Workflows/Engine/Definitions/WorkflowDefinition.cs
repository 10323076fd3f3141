using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Definitions;

/// <summary>
/// One version of a workflow definition, as Elsa 3 describes it. The root is always a flowchart.
/// Properties this engine does not interpret are kept in <see cref="Extra"/> so that a round trip loses nothing.
/// </summary>
public sealed class WorkflowDefinition
{
    public string Id { get; set; } = "";

    public string DefinitionId { get; set; } = "";

    public string? Name { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public int Version { get; set; } = 1;

    public string? ToolVersion { get; set; }

    public bool IsLatest { get; set; } = true;

    public bool IsPublished { get; set; }

    public bool IsReadonly { get; set; }

    public bool IsSystem { get; set; }

    public List<VariableDefinition> Variables { get; } = [];

    public JsonArray Inputs { get; set; } = [];

    public JsonArray Outputs { get; set; } = [];

    public JsonArray Outcomes { get; set; } = [];

    public JsonObject CustomProperties { get; set; } = [];

    public WorkflowOptions Options { get; set; } = new();

    public ActivityNode Root { get; set; } = ActivityNode.NewFlowchart("Flowchart1");

    /// <summary>Top-level properties we keep but do not interpret (<c>$schema</c>, <c>metadata</c>, ...).</summary>
    public JsonObject Extra { get; set; } = [];

    /// <summary>Every activity of the definition, the root and nested flowcharts included, depth first.</summary>
    public IEnumerable<ActivityNode> AllActivities() => Root.SelfAndDescendants();
}

public sealed class WorkflowOptions
{
    public string? ActivationStrategyType { get; set; }

    public string? IncidentStrategyType { get; set; }

    public bool? UsableAsActivity { get; set; }

    public bool? AutoUpdateConsumingWorkflows { get; set; }

    public string? ActivityCategory { get; set; }

    public JsonObject Extra { get; set; } = [];

    /// <summary>True when the definition asks to carry on past a faulted activity (Elsa's continue strategy).</summary>
    public bool ContinuesOnIncident =>
        IncidentStrategyType?.Contains("Continue", StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>
/// A workflow variable. Its initial <see cref="Value"/> is a string, converted to <see cref="TypeName"/>.
/// </summary>
public sealed class VariableDefinition
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string TypeName { get; set; } = "Object";

    public bool IsArray { get; set; }

    public string? Value { get; set; }

    public string? StorageDriverTypeName { get; set; }
}
