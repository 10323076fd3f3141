using System.Collections.Frozen;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Expressions;
using CaseSystem.Workflows.Engine.Validation;

namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// Validates a definition and prepares it to run. Validation reports every problem at once, each naming the
/// activity and input, so whoever designs the workflow can fix them in one pass.
/// </summary>
public sealed class WorkflowCompiler(ActivityRegistry registry, EngineServices services)
{
    public ActivityRegistry Registry { get; } = registry;

    public EngineServices Services { get; } = services;

    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        TryCompile(definition, out _, out var errors);
        return errors;
    }

    /// <exception cref="WorkflowValidationException">The definition has problems.</exception>
    public CompiledWorkflow Compile(WorkflowDefinition definition) =>
        TryCompile(definition, out var workflow, out var errors)
            ? workflow!
            : throw new WorkflowValidationException(errors);

    public bool TryCompile(WorkflowDefinition definition, out CompiledWorkflow? workflow,
        out IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(definition);

        var build = new Build(this, definition);
        workflow = build.Run();
        errors = build.Errors;
        if (errors.Count > 0)
        {
            workflow = null;
        }

        return workflow is not null;
    }

    private JoinMode ChooseJoinMode(WorkflowDefinition definition)
    {
        var chosen = (definition.CustomProperties["joinMode"] ?? definition.Root.CustomProperties["joinMode"])
            ?.GetValue<string>();
        return Enum.TryParse<JoinMode>(chosen, ignoreCase: true, out var mode)
            ? mode
            : Services.Options.DefaultJoinMode;
    }

    /// <summary>One compilation: collects errors while it builds the arrays.</summary>
    private sealed class Build(WorkflowCompiler compiler, WorkflowDefinition definition)
    {
        private readonly List<ValidationError> _errors = [];
        private readonly List<VariableSlot> _variables = [];
        private readonly List<CompiledNode> _nodes = [];
        private readonly List<CompiledFlowchart> _flowcharts = [];
        private readonly List<CompiledConnection> _connections = [];
        private readonly ExpressionCompiler _expressions = compiler.Services.Expressions;

        public List<ValidationError> Errors => _errors;

        public CompiledWorkflow? Run()
        {
            AddVariables(definition.Variables);
            foreach (var flowchart in definition.AllActivities().Where(a => a.IsFlowchart))
            {
                AddVariables(flowchart.Variables);
            }

            if (!definition.Root.IsFlowchart)
            {
                _errors.Add(new ValidationError(definition.Root.Id, null,
                    $"the root is a '{definition.Root.Type}'; the root must be an {ActivityNode.FlowchartType}."));
                return null;
            }

            AddFlowchart(definition.Root, ownerNodeIndex: -1);
            var variableLookup = new Func<string, int>(FindVariable);
            foreach (var node in _nodes)
            {
                CompileNode(node, variableLookup);
            }

            foreach (var flowchart in _flowcharts)
            {
                Connect(flowchart);
            }

            return new CompiledWorkflow(definition, [.. _nodes], [.. _flowcharts], [.. _connections],
                [.. _variables], compiler.ChooseJoinMode(definition));
        }

        private void AddVariables(IEnumerable<VariableDefinition> variables)
        {
            foreach (var variable in variables)
            {
                if (_variables.Any(v => v.Id == variable.Id))
                {
                    continue;
                }

                var type = TypeNames.Resolve(variable.TypeName, variable.IsArray);
                if (type is null)
                {
                    _errors.Add(new ValidationError(null, $"variable '{variable.Name}'",
                        $"its type '{variable.TypeName}' is not one this engine knows; use one of " +
                        string.Join(", ", TypeNames.VariableTypes) + " (or an array or List<> of them)."));
                    continue;
                }

                var shared = type.IsValueType || type == typeof(string);
                object? initial = null;
                if (variable.Value is not null && (shared || type != typeof(object)))
                {
                    try
                    {
                        initial = ValueConverter.Convert(variable.Value, type);
                    }
                    catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException
                        or System.Text.Json.JsonException)
                    {
                        _errors.Add(new ValidationError(null, $"variable '{variable.Name}'",
                            $"its initial value '{variable.Value}' is not a valid {variable.TypeName}."));
                        continue;
                    }
                }

                _variables.Add(new VariableSlot
                {
                    Index = _variables.Count,
                    Id = variable.Id,
                    Name = variable.Name,
                    Type = type,
                    InitialValue = variable.Value,

                    // A number or flag with no initial value starts at zero or false, as in .NET.
                    SharedInitial = initial ?? (type.IsValueType ? Activator.CreateInstance(type) : null),
                    IsShared = shared,
                });
            }
        }

        private int FindVariable(string idOrName)
        {
            foreach (var slot in _variables)
            {
                if (slot.Id == idOrName || slot.Name == idOrName)
                {
                    return slot.Index;
                }
            }

            return -1;
        }

        private void AddFlowchart(ActivityNode flowchartNode, int ownerNodeIndex)
        {
            var index = _flowcharts.Count;
            var members = new List<int>();
            var flowchart = new CompiledFlowchart
            {
                Index = index,
                Node = flowchartNode,
                OwnerNodeIndex = ownerNodeIndex,
                Members = [],
            };
            _flowcharts.Add(flowchart);

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var child in flowchartNode.Activities)
            {
                if (!seen.Add(child.Id))
                {
                    _errors.Add(new ValidationError(child.Id, null,
                        $"another activity in flowchart '{flowchartNode.Id}' has the same id; give each a unique id."));
                }

                var activity = compiler.Registry.Find(child.Type);
                if (activity is null || (child.Original is not null && !child.IsFlowchart))
                {
                    _errors.Add(new ValidationError(child.Id, null,
                        $"its type '{child.Type}' is not an activity this engine runs; remove it or replace it " +
                        "with a supported activity."));
                    activity = UnknownActivity.Instance;
                }

                var node = new CompiledNode
                {
                    Index = _nodes.Count,
                    Node = child,
                    Activity = activity,
                    FlowchartIndex = index,
                };
                _nodes.Add(node);
                members.Add(node.Index);
            }

            // Nested flowcharts get their own scope; number them after this one's members.
            foreach (var member in members.ToArray())
            {
                var node = _nodes[member];
                if (node.Node.IsFlowchart)
                {
                    node.BodyFlowchartIndex = _flowcharts.Count;
                    AddFlowchart(node.Node, node.Index);
                }
            }

            _flowcharts[index] = new CompiledFlowchart
            {
                Index = index,
                Node = flowchartNode,
                OwnerNodeIndex = ownerNodeIndex,
                Members = [.. members],
            };
        }

        private void CompileNode(CompiledNode node, Func<string, int> variableLookup)
        {
            var descriptor = node.Activity.Descriptor;
            var inputs = new Dictionary<string, CompiledInput>(StringComparer.OrdinalIgnoreCase);
            foreach (var input in descriptor.Inputs)
            {
                var written = FindInput(node.Node, input.Name);
                var target = TypeNames.Resolve(input.TypeName) ?? typeof(object);
                if (written?.Expression is null || IsEmpty(written.Expression))
                {
                    if (input.IsRequired)
                    {
                        _errors.Add(new ValidationError(node.Id, input.Name,
                            $"'{input.DisplayName}' is required; give it a value."));
                    }
                    else if (input.DefaultValue is not null)
                    {
                        inputs[input.Name] = new ConstantInput(
                            ValueConverter.Convert(input.DefaultValue, target), target);
                    }

                    continue;
                }

                var compiled = _expressions.TryCompile(written.Expression, target, variableLookup, out var error);
                if (compiled is null)
                {
                    _errors.Add(new ValidationError(node.Id, input.Name, error ?? "the expression cannot be used."));
                    continue;
                }

                inputs[input.Name] = compiled;
            }

            // Inputs written in the file but not described (older or newer activity versions) still get checked.
            foreach (var (name, written) in node.Node.Inputs)
            {
                if (written?.Expression is { } expression && descriptor.FindInput(name) is null
                    && !ExpressionKinds.IsSupported(expression.Kind))
                {
                    _errors.Add(new ValidationError(node.Id, name,
                        $"expressions of kind '{expression.Kind}' are not run here; use one of " +
                        string.Join(", ", ExpressionKinds.Supported) + "."));
                }
            }

            node.Inputs = inputs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

            var bindings = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, binding) in node.Node.Outputs)
            {
                var slot = FindVariable(binding.VariableId);
                if (slot < 0)
                {
                    _errors.Add(new ValidationError(node.Id, name,
                        $"the output is bound to variable '{binding.VariableId}', " +
                        "which the workflow does not declare."));
                    continue;
                }

                bindings[name] = slot;
            }

            node.OutputBindings = bindings.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

            foreach (var message in node.Activity.Validate(node.Node))
            {
                _errors.Add(new ValidationError(node.Id, null, message));
            }

            var compilation = new ActivityCompilation(
                node, _expressions, variableLookup, slot => _variables[slot], _errors);
            node.Prepared = node.Activity.Prepare(node, compilation);
            if (node.Activity is Activities.Branching.FlowJoin)
            {
                node.IsJoin = true;
                node.JoinMode = ReadJoinMode(node);
            }
        }

        private FlowJoinMode ReadJoinMode(CompiledNode node)
        {
            if (!node.Inputs.TryGetValue("mode", out var mode))
            {
                return FlowJoinMode.WaitAny;
            }

            if (mode is ConstantInput { Value: string text } && Enum.TryParse<FlowJoinMode>(text, true, out var parsed))
            {
                return parsed;
            }

            _errors.Add(new ValidationError(node.Id, "mode",
                "the join mode must be written as one of WaitAny, WaitAll or WaitAllActive."));
            return FlowJoinMode.WaitAny;
        }

        private void Connect(CompiledFlowchart flowchart)
        {
            var byId = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in flowchart.Members)
            {
                byId.TryAdd(_nodes[member].Id, member);
            }

            var outbound = new Dictionary<int, List<(string Port, int Connection)>>();
            var inbound = new Dictionary<int, List<int>>();
            foreach (var connection in flowchart.Node.Connections)
            {
                var sourceFound = byId.TryGetValue(connection.Source, out var source);
                var targetFound = byId.TryGetValue(connection.Target, out var target);
                if (!sourceFound || !targetFound)
                {
                    var missing = sourceFound ? connection.Target : connection.Source;
                    _errors.Add(new ValidationError(sourceFound ? connection.Source : missing, null,
                        $"a connection {connection.Source}:{connection.SourcePort} -> {connection.Target} refers to " +
                        $"activity '{missing}', which is not in flowchart '{flowchart.Node.Id}'; " +
                        "remove the connection or add the activity."));
                    continue;
                }

                var sourceNode = _nodes[source];
                var ports = Ports(sourceNode);
                if (ports is not null && !ports.Contains(connection.SourcePort, StringComparer.Ordinal))
                {
                    _errors.Add(new ValidationError(connection.Source, null,
                        $"a connection leaves from port '{connection.SourcePort}', which {sourceNode.Node.Type} does " +
                        $"not have; its ports are {(ports.Count == 0 ? "none" : string.Join(", ", ports))}."));
                    continue;
                }

                if (!string.Equals(connection.TargetPort, "In", StringComparison.Ordinal))
                {
                    _errors.Add(new ValidationError(connection.Target, null,
                        $"a connection arrives at port '{connection.TargetPort}'; activities receive on port 'In'."));
                    continue;
                }

                var compiled = new CompiledConnection(_connections.Count, source, connection.SourcePort, target);
                _connections.Add(compiled);
                (outbound.TryGetValue(source, out var list) ? list : outbound[source] = []).Add(
                    (connection.SourcePort, compiled.Index));
                (inbound.TryGetValue(target, out var ins) ? ins : inbound[target] = []).Add(compiled.Index);
            }

            foreach (var member in flowchart.Members)
            {
                var node = _nodes[member];
                if (outbound.TryGetValue(member, out var edges))
                {
                    node.Outbound = edges.GroupBy(e => e.Port, StringComparer.Ordinal)
                        .Select(g => (g.Key, g.Select(e => e.Connection).ToArray()))
                        .ToArray();
                }

                node.Inbound = inbound.TryGetValue(member, out var ins) ? [.. ins] : [];
            }

            var joins = flowchart.Members.Where(m => _nodes[m].IsJoin).ToArray();
            foreach (var join in joins)
            {
                _nodes[join].Ancestors = Ancestors(_nodes[join]);
            }

            flowchart.Joins = joins;
            flowchart.StartNodeIndex = FindStart(flowchart, inbound);
        }

        private static List<string>? Ports(CompiledNode node)
        {
            var dynamicPorts = node.Activity.GetDynamicPorts(node);
            if (dynamicPorts is null)
            {
                return null;
            }

            return [.. node.Activity.Descriptor.Ports, .. dynamicPorts];
        }

        private bool[] Ancestors(CompiledNode join)
        {
            var ancestors = new bool[_nodes.Count];
            var frontier = new Stack<int>();
            foreach (var connection in join.Inbound)
            {
                frontier.Push(_connections[connection].Source);
            }

            while (frontier.TryPop(out var index))
            {
                if (index == join.Index || ancestors[index])
                {
                    continue;
                }

                ancestors[index] = true;
                foreach (var connection in _nodes[index].Inbound)
                {
                    frontier.Push(_connections[connection].Source);
                }
            }

            return ancestors;
        }

        // Elsa's order: an Elsa.Start; the legacy "start" property; the first trigger; an activity nothing
        // leads to; the first activity. (The activity that triggered a run is chosen at run time.)
        private int FindStart(CompiledFlowchart flowchart, Dictionary<int, List<int>> inbound)
        {
            var members = flowchart.Members;
            if (members.Length == 0)
            {
                return -1;
            }

            var start = members.FirstOrDefault(m => _nodes[m].Node.Type == "Elsa.Start", -1);
            if (start < 0 && flowchart.Node.Extra["start"] is JsonValue legacy
                && legacy.TryGetValue<string>(out var id))
            {
                start = members.FirstOrDefault(m => _nodes[m].Id == id, -1);
            }

            if (start < 0)
            {
                start = members.FirstOrDefault(m => _nodes[m].Node.CanStartWorkflow, -1);
            }

            if (start < 0)
            {
                start = members.FirstOrDefault(m => !inbound.ContainsKey(m), -1);
            }

            return start < 0 ? members[0] : start;
        }

        private static ActivityInput? FindInput(ActivityNode node, string name)
        {
            if (node.Inputs.TryGetValue(name, out var input))
            {
                return input;
            }

            foreach (var (key, value) in node.Inputs)
            {
                if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            return null;
        }

        private static bool IsEmpty(Expression expression) =>
            expression.Value is null
            || (expression.Value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s));
    }
}

/// <summary>
/// What an activity's <see cref="Activity.Prepare"/> may use: the expression compiler, and the error list.
/// </summary>
public sealed class ActivityCompilation
{
    private readonly ExpressionCompiler _expressions;
    private readonly Func<string, int> _variables;
    private readonly Func<int, VariableSlot> _slots;
    private readonly List<ValidationError> _errors;
    private readonly CompiledNode _node;

    internal ActivityCompilation(CompiledNode node, ExpressionCompiler expressions, Func<string, int> variables,
        Func<int, VariableSlot> slots, List<ValidationError> errors)
    {
        _node = node;
        _expressions = expressions;
        _variables = variables;
        _slots = slots;
        _errors = errors;
    }

    /// <summary>The variable in a slot that <see cref="FindVariable"/> returned.</summary>
    public VariableSlot Variable(int slot) => _slots(slot);

    public CompiledInput? Compile(Expression expression, Type target, string where)
    {
        var compiled = _expressions.TryCompile(expression, target, _variables, out var error);
        if (compiled is null)
        {
            AddError(where, error ?? "the expression cannot be used.");
        }

        return compiled;
    }

    /// <summary>A variable's slot by id or name; -1 when the workflow does not declare it.</summary>
    public int FindVariable(string idOrName) => _variables(idOrName);

    public void AddError(string? input, string message) => _errors.Add(new ValidationError(_node.Id, input, message));
}
