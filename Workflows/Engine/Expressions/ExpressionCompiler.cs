using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Definitions;

namespace CaseSystem.Workflows.Engine.Expressions;

/// <summary>Turns an expression into a <see cref="CompiledInput"/>, or says why it cannot.</summary>
public sealed class ExpressionCompiler(JavaScriptEvaluator javaScript, LiquidEvaluator liquid)
{
    public JavaScriptEvaluator JavaScript { get; } = javaScript;

    public LiquidEvaluator Liquid { get; } = liquid;

    /// <param name="expression">The expression as written in the definition.</param>
    /// <param name="target">The type the value is converted to.</param>
    /// <param name="resolveVariable">Finds a variable's slot by id or name; -1 when there is none.</param>
    /// <param name="error">Why the expression cannot be compiled, for the validator.</param>
    public CompiledInput? TryCompile(
        Expression expression,
        Type target,
        Func<string, int> resolveVariable,
        out string? error)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(resolveVariable);

        error = null;
        switch (expression.Kind.ToUpperInvariant())
        {
            case "LITERAL":
                return Constant(ValueConverter.FromJson(expression.Value), target, out error);
            case "OBJECT":
                var text = expression.ValueAsString;
                if (string.IsNullOrWhiteSpace(text))
                {
                    return new ConstantInput(null, target);
                }

                try
                {
                    return Constant(ValueConverter.FromJson(JsonNode.Parse(text)), target, out error);
                }
                catch (System.Text.Json.JsonException e)
                {
                    error = $"the Object expression is not valid JSON: {e.Message}";
                    return null;
                }

            case "VARIABLE":
                var reference = expression.Value switch
                {
                    JsonObject o => (o["id"] ?? o["name"])?.GetValue<string>(),
                    _ => expression.ValueAsString,
                };
                var slot = reference is null ? -1 : resolveVariable(reference);
                if (slot < 0)
                {
                    error = $"it refers to a variable '{reference}' that the workflow does not declare";
                    return null;
                }

                return new VariableInput(slot, target);
            case "JAVASCRIPT":
                if (!JavaScript.TryPrepare(expression.ValueAsString ?? "", out var script, out error, resolveVariable))
                {
                    error = $"the JavaScript does not parse: {error}";
                    return null;
                }

                return new ScriptInput(JavaScript, script!, target);
            case "LIQUID":
                if (!Liquid.TryPrepare(expression.ValueAsString ?? "", out var template, out error))
                {
                    error = $"the Liquid template does not parse: {error}";
                    return null;
                }

                return new LiquidInput(Liquid, template!, target);
            default:
                error = $"expressions of kind '{expression.Kind}' are not run here; use one of " +
                    string.Join(", ", ExpressionKinds.Supported);
                return null;
        }
    }

    private static ConstantInput? Constant(object? value, Type target, out string? error)
    {
        try
        {
            error = null;
            return new ConstantInput(ValueConverter.Convert(value, target), target);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException
            or ArgumentException or System.Text.Json.JsonException)
        {
            error = $"the value '{ValueConverter.ToText(value)}' is not a valid {Describe(target)}";
            return null;
        }
    }

    private static string Describe(Type type) =>
        type.IsGenericType ? $"list of {type.GetGenericArguments()[0].Name}" : type.Name;
}
