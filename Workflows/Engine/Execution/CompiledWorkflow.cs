using System.Collections.Frozen;
using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Expressions;

namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>How a flowchart's joins count what reaches them.</summary>
public enum JoinMode
{
    /// <summary>
    /// Elsa's default: a WaitAll join waits only for the branches that are still active; a branch that a decision
    /// did not take, or that can no longer reach the join, is not waited for.
    /// </summary>
    Counter,

    /// <summary>A WaitAll join waits for a token on every inbound connection, whatever happened upstream.</summary>
    Token,
}

/// <summary>A definition prepared to run: nodes in arrays, inputs compiled, connections indexed by port.</summary>
public sealed class CompiledWorkflow
{
    internal CompiledWorkflow(
        WorkflowDefinition definition,
        CompiledNode[] nodes,
        CompiledFlowchart[] flowcharts,
        CompiledConnection[] connections,
        VariableSlot[] variables,
        JoinMode joinMode)
    {
        Definition = definition;
        Nodes = nodes;
        Flowcharts = flowcharts;
        Connections = connections;
        Variables = variables;
        JoinMode = joinMode;
        ContinuesOnIncident = definition.Options.ContinuesOnIncident;

        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var slot in variables)
        {
            byName.TryAdd(slot.Name, slot.Index);
            byName.TryAdd(slot.Id, slot.Index);
        }

        VariableIndex = byName.ToFrozenDictionary(StringComparer.Ordinal);
        NodeIndex = nodes.GroupBy(n => n.Id).ToFrozenDictionary(g => g.Key, g => g.First().Index);
        OutputAccessors = BuildOutputAccessors(nodes);
    }

    public WorkflowDefinition Definition { get; }

    public CompiledNode[] Nodes { get; }

    /// <summary>Flowcharts; index 0 is the root.</summary>
    public CompiledFlowchart[] Flowcharts { get; }

    public CompiledConnection[] Connections { get; }

    public VariableSlot[] Variables { get; }

    public JoinMode JoinMode { get; }

    public bool ContinuesOnIncident { get; }

    /// <summary>Variable slots by name and by id.</summary>
    public FrozenDictionary<string, int> VariableIndex { get; }

    public FrozenDictionary<string, int> NodeIndex { get; }

    /// <summary>The <c>getXFromY()</c> functions scripts may call.</summary>
    internal IReadOnlyList<OutputAccessor> OutputAccessors { get; }

    /// <summary>Activities of the root flowchart that can start the workflow (<c>canStartWorkflow</c>).</summary>
    public IEnumerable<CompiledNode> TriggerNodes => Nodes.Where(n =>
        n.FlowchartIndex == 0 && n.Node.CanStartWorkflow && n.Activity.Descriptor.Kind == ActivityKind.Trigger);

    public int FindVariable(string idOrName) => VariableIndex.GetValueOrDefault(idOrName, -1);

    private static OutputAccessor[] BuildOutputAccessors(CompiledNode[] nodes)
    {
        var accessors = new List<OutputAccessor>();
        foreach (var node in nodes)
        {
            foreach (var output in node.Activity.Descriptor.Outputs)
            {
                var name = output.Name;
                var function = $"get{char.ToUpperInvariant(name[0])}{name[1..]}From{Identifier(node.Node.DisplayName)}";
                accessors.Add(new OutputAccessor(function, node.Index, name));
            }
        }

        return [.. accessors];
    }

    private static string Identifier(string name) => new(name.Where(char.IsLetterOrDigit).ToArray());
}

internal sealed record OutputAccessor(string FunctionName, int NodeIndex, string OutputName);

public sealed class VariableSlot
{
    public required int Index { get; init; }

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required Type Type { get; init; }

    public string? InitialValue { get; init; }

    /// <summary>The initial value converted once; strings and value types only, so it can be shared.</summary>
    internal object? SharedInitial { get; init; }

    internal bool IsShared { get; init; }

    public object? CreateInitialValue() =>
        IsShared ? SharedInitial : InitialValue is null ? null : ValueConverter.Convert(InitialValue, Type);
}

public sealed class CompiledFlowchart
{
    public required int Index { get; init; }

    public required ActivityNode Node { get; init; }

    /// <summary>The nested flowchart's own node in its parent; -1 for the root.</summary>
    public required int OwnerNodeIndex { get; init; }

    public required int[] Members { get; init; }

    /// <summary>Where a run of this flowchart starts; -1 when it has no activities.</summary>
    public int StartNodeIndex { get; internal set; } = -1;

    public int[] Joins { get; internal set; } = [];
}

public sealed record CompiledConnection(int Index, int Source, string SourcePort, int Target);

/// <summary>One activity of the definition, with everything the runner needs at hand.</summary>
public sealed class CompiledNode
{
    private static readonly FrozenDictionary<string, CompiledInput> NoInputs =
        FrozenDictionary<string, CompiledInput>.Empty;

    public required int Index { get; init; }

    public required ActivityNode Node { get; init; }

    public required Activity Activity { get; init; }

    public required int FlowchartIndex { get; init; }

    /// <summary>For a nested flowchart: the flowchart it runs; otherwise -1.</summary>
    public int BodyFlowchartIndex { get; internal set; } = -1;

    public FrozenDictionary<string, CompiledInput> Inputs { get; internal set; } = NoInputs;

    /// <summary>Variable slots the outputs are bound to, by output name.</summary>
    public FrozenDictionary<string, int> OutputBindings { get; internal set; } = FrozenDictionary<string, int>.Empty;

    /// <summary>Outbound connections grouped by source port.</summary>
    public (string Port, int[] Connections)[] Outbound { get; internal set; } = [];

    public int[] Inbound { get; internal set; } = [];

    /// <summary>Activity-specific data prepared once (FlowSwitch cases, for example).</summary>
    public object? Prepared { get; internal set; }

    /// <summary>For a join: the nodes upstream of it in its flowchart, which a WaitAny join cancels.</summary>
    public bool[]? Ancestors { get; internal set; }

    public FlowJoinMode JoinMode { get; internal set; }

    public bool IsJoin { get; internal set; }

    public string Id => Node.Id;

    /// <summary>An input's value when it is a constant; true also when the input is absent (value null).</summary>
    public bool ConstantInput(string name, out object? value)
    {
        if (!Inputs.TryGetValue(name, out var input))
        {
            value = null;
            return true;
        }

        return input.TryGetConstant(out value);
    }
}

public enum FlowJoinMode
{
    WaitAny,
    WaitAll,
    WaitAllActive,
}
