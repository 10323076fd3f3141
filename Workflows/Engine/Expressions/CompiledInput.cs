using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Expressions;

/// <summary>
/// An input made ready to evaluate: literals converted once, scripts parsed once, variables resolved.
/// </summary>
public abstract class CompiledInput(Type targetType)
{
    public Type TargetType { get; } = targetType;

    public abstract object? Evaluate(ActivityContext context);

    /// <summary>True when the value is known without running anything.</summary>
    public virtual bool IsConstant => false;

    /// <summary>The value, when it is known without running anything (for validation and trigger indexing).</summary>
    public virtual bool TryGetConstant(out object? value)
    {
        value = null;
        return false;
    }
}

internal sealed class ConstantInput(object? value, Type targetType) : CompiledInput(targetType)
{
    public object? Value { get; } = value;

    public override bool IsConstant => true;

    public override bool TryGetConstant(out object? value)
    {
        value = Value;
        return true;
    }

    // Mutable structures are copied so no run can change what another run reads.
    public override object? Evaluate(ActivityContext context) => ValueConverter.DeepCopy(Value);
}

internal sealed class VariableInput(int slot, Type targetType) : CompiledInput(targetType)
{
    public int Slot { get; } = slot;

    public override object? Evaluate(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return ValueConverter.Convert(context.Instance.Variables[Slot], TargetType);
    }
}

internal sealed class ScriptInput(JavaScriptEvaluator evaluator, PreparedScript script, Type targetType)
    : CompiledInput(targetType)
{
    public override object? Evaluate(ActivityContext context) =>
        ValueConverter.Convert(evaluator.Evaluate(script, context), TargetType);
}

internal sealed class LiquidInput(LiquidEvaluator evaluator, PreparedTemplate template, Type targetType)
    : CompiledInput(targetType)
{
    public override object? Evaluate(ActivityContext context) =>
        ValueConverter.Convert(evaluator.Render(template, context), TargetType);
}
