namespace CaseSystem.Workflows.Engine.Activities;

/// <summary>How the Designer and the validator see an activity type: its inputs, outputs and ports.</summary>
public sealed record ActivityDescriptor
{
    public required string TypeName { get; init; }

    public required string Category { get; init; }

    public required string DisplayName { get; init; }

    public required string Description { get; init; }

    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    public IReadOnlyList<InputDescriptor> Inputs { get; init; } = [];

    public IReadOnlyList<OutputDescriptor> Outputs { get; init; } = [];

    /// <summary>
    /// The outcome ports; an activity with <see cref="DynamicPortsInput"/> adds ports from that input.
    /// </summary>
    public IReadOnlyList<string> Ports { get; init; } = ["Done"];

    /// <summary>
    /// The input whose values name further ports (FlowFork branches, FlowSwitch cases, RunJavaScript).
    /// </summary>
    public string? DynamicPortsInput { get; init; }

    /// <summary>True when the activity may suspend the instance with a bookmark.</summary>
    public bool IsBlocking { get; init; }

    public string Namespace => TypeName[..Math.Max(0, TypeName.LastIndexOf('.'))];

    public string Name => TypeName[(TypeName.LastIndexOf('.') + 1)..];

    public InputDescriptor? FindInput(string name) =>
        Inputs.FirstOrDefault(i => i.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

public enum ActivityKind
{
    Action,

    /// <summary>Can start a workflow when <c>canStartWorkflow</c> is set.</summary>
    Trigger,

    /// <summary>Runs longer work, such as an HTTP call or a child workflow.</summary>
    Task,
}

/// <summary>An input, with the type its expression result is converted to and the editor the Designer shows.</summary>
public sealed record InputDescriptor(string Name, string TypeName, string DisplayName, string Description)
{
    public string UIHint { get; init; } = UIHints.SingleLine;

    public bool IsRequired { get; init; }

    public object? DefaultValue { get; init; }

    public IReadOnlyList<string>? Options { get; init; }

    /// <summary>True when the value is evaluated as written (a cron expression, a flowchart's join mode).</summary>
    public bool IsLiteralOnly { get; init; }
}

public sealed record OutputDescriptor(string Name, string TypeName, string DisplayName, string Description);

/// <summary>The editors Elsa Studio knows; the Designer maps each to a control.</summary>
public static class UIHints
{
    public const string SingleLine = "singleline";
    public const string MultiLine = "multiline";
    public const string Checkbox = "checkbox";
    public const string Dropdown = "dropdown";
    public const string MultiText = "multitext";
    public const string CodeEditor = "code-editor";
    public const string JsonEditor = "json-editor";
    public const string DateTimePicker = "datetime-picker";
    public const string SwitchEditor = "switch-editor";
    public const string VariablePicker = "variable-picker";
    public const string OutcomePicker = "outcome-picker";
    public const string CronEditor = "cron-editor";
    public const string WorkflowDefinitionPicker = "workflow-definition-picker";
}
