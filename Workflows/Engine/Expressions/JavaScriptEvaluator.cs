using System.Text.RegularExpressions;
using CaseSystem.Workflows.Engine.Execution;
using Jint;
using JintEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace CaseSystem.Workflows.Engine.Expressions;

/// <summary>A script parsed once and shared by every evaluation; each evaluation gets a fresh Jint engine.</summary>
public sealed class PreparedScript
{
    internal PreparedScript(string source, Prepared<Acornima.Ast.Script> script, FastScript? fast)
    {
        Source = source;
        Script = script;
        Fast = fast;
    }

    public string Source { get; }

    internal Prepared<Acornima.Ast.Script> Script { get; }

    /// <summary>The script's fast form when it is simple enough; Jint runs it otherwise.</summary>
    internal FastScript? Fast { get; }

    /// <summary>True when evaluations usually need no Jint engine.</summary>
    public bool IsFast => Fast is not null;
}

/// <summary>
/// Runs JavaScript expressions in Jint, sandboxed: no CLR access, and limits on time, memory, statements and
/// recursion. A fresh engine per evaluation means no state leaks between instances.
/// </summary>
public sealed partial class JavaScriptEvaluator(ScriptLimits limits)
{
    public ScriptLimits Limits { get; } = limits;

    /// <summary>Parses a script; a top-level <c>return</c> is allowed, as Elsa allows it.</summary>
    /// <param name="source">The script.</param>
    /// <param name="resolveVariable">Finds a variable's slot by name, so simple scripts can skip Jint.</param>
    public PreparedScript Prepare(string source, Func<string, int>? resolveVariable = null)
    {
        ArgumentNullException.ThrowIfNull(source);

        var code = TopLevelReturn().IsMatch(source) ? $"(function () {{\n{source}\n}})()" : source;
        var prepared = JintEngine.PrepareScript(code, strict: false);
        var fast = resolveVariable is null || prepared.Program is null
            ? null
            : FastScript.TryCompile(prepared.Program, name =>
                ReservedNames.Contains(name) ? -1 : resolveVariable(name));
        return new PreparedScript(source, prepared, fast);
    }

    /// <summary>Parses a script, answering with the parser's message instead of throwing.</summary>
    public bool TryPrepare(string source, out PreparedScript? script, out string? error,
        Func<string, int>? resolveVariable = null)
    {
        try
        {
            script = Prepare(source, resolveVariable);
            error = null;
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            script = null;
            error = e.Message;
            return false;
        }
    }

    public object? Evaluate(PreparedScript script, ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(context);

        if (script.Fast is { } fast)
        {
            try
            {
                return fast.Evaluate(context);
            }
            catch (FastScript.FallBack)
            {
                // A value the fast path does not convert exactly as JavaScript would: Jint decides.
            }
        }

        var engine = new JintEngine(options => options
            .TimeoutInterval(Limits.Timeout)
            .LimitMemory(Limits.MemoryBytes)
            .MaxStatements(Limits.MaxStatements)
            .LimitRecursion(Limits.MaxRecursionDepth));

        var helpers = new ScriptHelpers(engine, context);
        helpers.Install();

        try
        {
            var result = engine.Evaluate(script.Script);
            helpers.CopyVariablesBack();
            return ScriptHelpers.ToClr(result);
        }
        catch (StatementsCountOverflowException e)
        {
            throw LimitFault("statements", $"more than {Limits.MaxStatements:N0} statements", e);
        }
        catch (MemoryLimitExceededException e)
        {
            throw LimitFault("memory", $"more than {Limits.MemoryBytes / (1024 * 1024)} MB", e);
        }
        catch (RecursionDepthOverflowException e)
        {
            throw LimitFault("recursion", $"calls nested deeper than {Limits.MaxRecursionDepth}", e);
        }
        catch (TimeoutException e)
        {
            throw LimitFault("time", $"ran longer than {Limits.Timeout.TotalMilliseconds:N0} ms", e);
        }
        catch (JavaScriptException e)
        {
            throw new WorkflowFaultException($"The script threw an error: {e.Message}", e) { Category = "script" };
        }
    }

    private static WorkflowFaultException LimitFault(string limit, string what, Exception inner) =>
        new($"The script exceeded its {limit} limit ({what}) and was stopped.", inner)
        {
            Code = $"script-{limit}-limit",
            Category = "script",
        };

    // Helper names a variable getter must not shadow: getWorkflowInstanceId() is always the helper.
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "WorkflowInstanceId", "WorkflowDefinitionId", "CorrelationId", "LastResult", "Variable", "Input", "OutputFrom",
    };

    [GeneratedRegex(@"(^|[;{}\s])return[\s;(]", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelReturn();

    internal static string ToJson(object? value) =>
        System.Text.Json.JsonSerializer.Serialize(ValueConverter.ToJson(value));

    /// <summary>Elsa's helper functions, bound to one activity execution.</summary>
    private sealed class ScriptHelpers(JintEngine engine, ActivityContext context)
    {
        private readonly Dictionary<string, JsValue> _given = new(StringComparer.Ordinal);

        // Objects and arrays as JSON when the script began: a script may change them in place.
        private readonly Dictionary<string, string> _givenJson = new(StringComparer.Ordinal);
        private JsObject? _variables;

        public void Install()
        {
            var workflow = context.Workflow;
            _variables = new JsObject(engine);
            foreach (var slot in workflow.Variables)
            {
                var value = JsValue.FromObject(engine, ToScript(context.Instance.Variables[slot.Index]));
                _variables.Set(slot.Name, value);
                _given[slot.Name] = value;
                if (value.IsObject())
                {
                    _givenJson[slot.Name] = Snapshot(value);
                }

                var index = slot.Index;
                engine.SetValue("get" + slot.Name, new Func<object?>(() =>
                    ToScript(context.Instance.Variables[index])));
                engine.SetValue("set" + slot.Name, new Action<JsValue>(v => context.SetVariable(index, ToClr(v))));
            }

            engine.SetValue("variables", _variables);
            engine.SetValue("getVariable", new Func<string, object?>(name => ToScript(context.GetVariable(name))));
            engine.SetValue("setVariable", new Action<string, JsValue>((name, v) =>
                context.SetVariable(name, ToClr(v))));
            engine.SetValue("getInput", new Func<string, object?>(name =>
                ToScript(context.Instance.Input.GetValueOrDefault(name))));
            engine.SetValue("getOutputFrom", new Func<string, string, object?>((activity, output) =>
                ToScript(context.GetOutputFrom(activity, output))));
            engine.SetValue("getLastResult", new Func<object?>(() => ToScript(context.Instance.LastResult)));
            engine.SetValue("getWorkflowInstanceId", new Func<string>(() => context.Instance.Id));
            engine.SetValue("getWorkflowDefinitionId", new Func<string>(() => context.Instance.DefinitionId));
            engine.SetValue("getCorrelationId", new Func<string?>(() => context.Instance.CorrelationId));
            engine.SetValue("setCorrelationId", new Action<string?>(v => context.Instance.CorrelationId = v));
            engine.SetValue("newGuid", new Func<string>(() => Guid.NewGuid().ToString()));
            engine.SetValue("newGuidString", new Func<string>(() => Guid.NewGuid().ToString()));
            engine.SetValue("newShortGuid", new Func<string>(NewShortGuid));
            engine.SetValue("isNullOrEmpty", new Func<string?, bool>(string.IsNullOrEmpty));
            engine.SetValue("isNullOrWhiteSpace", new Func<string?, bool>(string.IsNullOrWhiteSpace));
            engine.SetValue("toJson", new Func<JsValue, string>(v => ToJson(ToClr(v))));
            engine.SetValue("setOutcome", new Action<string>(o => context.ScriptOutcomes.Add(o)));
            engine.SetValue("setOutcomes", new Action<string[]>(o => context.ScriptOutcomes.AddRange(o)));

            foreach (var accessor in workflow.OutputAccessors)
            {
                var (node, output) = (accessor.NodeIndex, accessor.OutputName);
                engine.SetValue(accessor.FunctionName, new Func<object?>(() =>
                    ToScript(context.Instance.ActivityOutputs.GetValueOrDefault(node)?.GetValueOrDefault(output))));
            }
        }

        public void CopyVariablesBack()
        {
            foreach (var slot in context.Workflow.Variables)
            {
                var now = _variables!.Get(slot.Name);
                // An unchanged entry is left alone, so that it does not undo a setX() call made by the script.
                var changed = !ReferenceEquals(now, _given[slot.Name])
                    || (_givenJson.TryGetValue(slot.Name, out var before) && Snapshot(now) != before);
                if (changed)
                {
                    context.SetVariable(slot.Index, ToClr(now));
                }
            }
        }

        private string Snapshot(JsValue value) => new JsonSerializer(engine).Serialize(value).ToString();

        // Structured values go to scripts as JSON-shaped objects, so scripts see plain objects and arrays.
        private object? ToScript(object? value) => value switch
        {
            Dictionary<string, object?> or System.Collections.IList =>
                new JsonParser(engine).Parse(ToJson(value)),
            DateTimeOffset dto => dto.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            Guid g => g.ToString(),
            TimeSpan ts => ts.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };

        private static string NewShortGuid() =>
            Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('/', '_').Replace('+', '-');

        internal static object? ToClr(JsValue value) =>
            value.IsUndefined() || value.IsNull() ? null : ValueConverter.Normalize(value.ToObject());
    }

    internal static object? ToClr(JsValue value) => ScriptHelpers.ToClr(value);
}
