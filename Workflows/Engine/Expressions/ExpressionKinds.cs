namespace CaseSystem.Workflows.Engine.Expressions;

public static class ExpressionKinds
{
    public const string Literal = "Literal";
    // CA1720 flags the name; it is Elsa's own name for JSON-in-a-string expressions.
#pragma warning disable CA1720
    public const string Object = "Object";
#pragma warning restore CA1720
    public const string Variable = "Variable";
    public const string JavaScript = "JavaScript";
    public const string Liquid = "Liquid";

    /// <summary>The kinds this engine evaluates; others (CSharp, Python) are kept but refused at publish.</summary>
    public static IReadOnlyList<string> Supported { get; } = [Literal, Object, Variable, JavaScript, Liquid];

    public static bool IsSupported(string kind) => Supported.Contains(kind, StringComparer.OrdinalIgnoreCase);
}
