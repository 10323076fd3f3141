using System.Globalization;
using Acornima;
using Acornima.Ast;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Expressions;

/// <summary>
/// Evaluates the commonest scripts without starting Jint: arithmetic, comparisons and logic over literals and
/// variables, as in <c>getCounter() &gt; 1</c>, <c>variables.Total + 1</c> or <c>return false;</c>. A fresh Jint
/// engine costs tens of kilobytes; these scripts need none. The fast path reads variables and never writes, so
/// whenever it meets something it cannot treat exactly as JavaScript would, it gives up and Jint runs the script.
/// </summary>
internal abstract class FastScript
{
    public abstract object? Evaluate(ActivityContext context);

    /// <summary>A fast form of the script, or null when it uses anything beyond the supported subset.</summary>
    public static FastScript? TryCompile(Script program, Func<string, int> resolveVariable)
    {
        ArgumentNullException.ThrowIfNull(program);

        if (program.Body.Count != 1 || program.Body[0] is not ExpressionStatement { Expression: var expression })
        {
            return null;
        }

        // A script with a top-level return was wrapped as (function () { ... })(); look inside.
        if (expression is CallExpression { Callee: FunctionExpression function, Arguments.Count: 0 })
        {
            if (function.Params.Count != 0 || function.Body.Body.Count != 1
                || function.Body.Body[0] is not ReturnStatement { Argument: { } returned })
            {
                return null;
            }

            expression = returned;
        }

        return Compile(expression, resolveVariable);
    }

    private static FastScript? Compile(Expression expression, Func<string, int> resolveVariable)
    {
        switch (expression)
        {
            case NumericLiteral number:
                return new Constant(number.Value);
            case StringLiteral text:
                return new Constant(text.Value);
            case BooleanLiteral boolean:
                return new Constant(boolean.Value);
            case NullLiteral:
                return new Constant(null);
            case CallExpression { Callee: Identifier { Name: var name }, Arguments.Count: 0 }
                when name.Length > 3 && name.StartsWith("get", StringComparison.Ordinal):
                return VariableNamed(name[3..], resolveVariable);
            case CallExpression { Callee: Identifier { Name: "getVariable" }, Arguments: [StringLiteral variable] }:
                return VariableNamed(variable.Value, resolveVariable);
            case MemberExpression
                { Object: Identifier { Name: "variables" }, Property: Identifier property, Computed: false }:
                return VariableNamed(property.Name, resolveVariable);
            case LogicalExpression logical:
                return Both(logical.Left, logical.Right, resolveVariable) is var (l, r) && l is not null
                    && r is not null
                    ? new Logical(logical.Operator, l, r)
                    : null;
            case BinaryExpression binary when Binary.Supports(binary.Operator):
                return Both(binary.Left, binary.Right, resolveVariable) is var (left, right) && left is not null
                    && right is not null
                    ? new Binary(binary.Operator, left, right)
                    : null;
            case UnaryExpression { Operator: Operator.LogicalNot or Operator.UnaryNegation } unary:
                return Compile(unary.Argument, resolveVariable) is { } argument
                    ? new Unary(unary.Operator, argument)
                    : null;
            case ConditionalExpression conditional:
                var test = Compile(conditional.Test, resolveVariable);
                var then = Compile(conditional.Consequent, resolveVariable);
                var otherwise = Compile(conditional.Alternate, resolveVariable);
                return test is null || then is null || otherwise is null
                    ? null
                    : new Conditional(test, then, otherwise);
            default:
                return null;
        }
    }

    private static (FastScript?, FastScript?) Both(Expression left, Expression right, Func<string, int> resolve) =>
        (Compile(left, resolve), Compile(right, resolve));

    private static Variable? VariableNamed(string name, Func<string, int> resolveVariable) =>
        resolveVariable(name) is var slot and >= 0 ? new Variable(slot) : null;

    /// <summary>JavaScript's truthiness for the values the fast path handles.</summary>
    private static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        _ => throw new FallBack(),
    };

    /// <summary>Thrown when a value is outside what the fast path treats exactly as JavaScript does.</summary>
    internal sealed class FallBack : Exception
    {
        public FallBack()
            : base("The script needs the full JavaScript engine.")
        {
        }

        public FallBack(string message)
            : base(message)
        {
        }

        public FallBack(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }

    private sealed class Constant(object? value) : FastScript
    {
        public override object? Evaluate(ActivityContext context) => value;
    }

    private sealed class Variable(int slot) : FastScript
    {
        // Numbers become doubles, as in JavaScript; other types (dates, structures) go to Jint.
        public override object? Evaluate(ActivityContext context) => context.Instance.Variables[slot] switch
        {
            null => null,
            string s => s,
            bool b => b,
            int i => (double)i,
            long l when Math.Abs(l) <= (1L << 53) => (double)l,
            double d => d,
            float f => (double)f,
            _ => throw new FallBack(),
        };
    }

    private sealed class Unary(Operator op, FastScript argument) : FastScript
    {
        public override object? Evaluate(ActivityContext context)
        {
            var value = argument.Evaluate(context);
            return op == Operator.LogicalNot ? !Truthy(value) : value is double d ? -d : throw new FallBack();
        }
    }

    private sealed class Logical(Operator op, FastScript left, FastScript right) : FastScript
    {
        public override object? Evaluate(ActivityContext context)
        {
            var l = left.Evaluate(context);
            return op switch
            {
                Operator.LogicalAnd => Truthy(l) ? right.Evaluate(context) : l,
                Operator.LogicalOr => Truthy(l) ? l : right.Evaluate(context),
                _ => l ?? right.Evaluate(context), // ??
            };
        }
    }

    private sealed class Conditional(FastScript test, FastScript then, FastScript otherwise) : FastScript
    {
        public override object? Evaluate(ActivityContext context) =>
            Truthy(test.Evaluate(context)) ? then.Evaluate(context) : otherwise.Evaluate(context);
    }

    private sealed class Binary(Operator op, FastScript left, FastScript right) : FastScript
    {
        public static bool Supports(Operator op) => op is Operator.Addition or Operator.Subtraction
            or Operator.Multiplication or Operator.Division or Operator.Remainder or Operator.LessThan
            or Operator.LessThanOrEqual or Operator.GreaterThan or Operator.GreaterThanOrEqual
            or Operator.StrictEquality or Operator.StrictInequality or Operator.Equality or Operator.Inequality;

        public override object? Evaluate(ActivityContext context)
        {
            var l = left.Evaluate(context);
            var r = right.Evaluate(context);
            return (l, r) switch
            {
                (double a, double b) => Numbers(a, b),
                (string a, string b) => Strings(a, b),
                _ => Mixed(l, r),
            };
        }

        private object Numbers(double a, double b) => op switch
        {
            Operator.Addition => a + b,
            Operator.Subtraction => a - b,
            Operator.Multiplication => a * b,
            Operator.Division => a / b,
            Operator.Remainder => a % b,
            Operator.LessThan => a < b,
            Operator.LessThanOrEqual => a <= b,
            Operator.GreaterThan => a > b,
            Operator.GreaterThanOrEqual => a >= b,
            Operator.StrictEquality or Operator.Equality => a == b,
            _ => a != b,
        };

        private object Strings(string a, string b) => op switch
        {
            Operator.Addition => string.Concat(a, b),
            Operator.LessThan => string.CompareOrdinal(a, b) < 0,
            Operator.LessThanOrEqual => string.CompareOrdinal(a, b) <= 0,
            Operator.GreaterThan => string.CompareOrdinal(a, b) > 0,
            Operator.GreaterThanOrEqual => string.CompareOrdinal(a, b) >= 0,
            Operator.StrictEquality or Operator.Equality => string.Equals(a, b, StringComparison.Ordinal),
            Operator.StrictInequality or Operator.Inequality => !string.Equals(a, b, StringComparison.Ordinal),
            _ => throw new FallBack(),
        };

        private bool Mixed(object? l, object? r)
        {
            // Strict (in)equality of different types, or of booleans and nulls, needs no conversion.
            if (op is Operator.StrictEquality or Operator.StrictInequality)
            {
                var same = (l, r) switch
                {
                    (null, null) => true,
                    (bool a, bool b) => a == b,
                    _ => false,
                };
                return op == Operator.StrictEquality ? same : !same;
            }

            if (op is Operator.Equality or Operator.Inequality && l is bool or null && r is bool or null)
            {
                var same = Equals(l, r);
                return op == Operator.Equality ? same : !same;
            }

            // Loose equality and arithmetic across types follow JavaScript's conversions: let Jint do them.
            throw new FallBack(
                string.Create(CultureInfo.InvariantCulture, $"{l?.GetType().Name} {op} {r?.GetType().Name}"));
        }
    }
}
