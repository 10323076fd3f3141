using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Expressions;

/// <summary>
/// Maps Elsa's type aliases (<c>Int32</c>, <c>String[]</c>, <c>List&lt;String&gt;</c>) to .NET types.
/// </summary>
public static class TypeNames
{
    private static readonly FrozenDictionary<string, Type> Aliases = new Dictionary<string, Type>(
        StringComparer.OrdinalIgnoreCase)
    {
        ["String"] = typeof(string),
        ["Int32"] = typeof(int),
        ["Int64"] = typeof(long),
        ["Double"] = typeof(double),
        ["Single"] = typeof(float),
        ["Decimal"] = typeof(decimal),
        ["Boolean"] = typeof(bool),
        ["Object"] = typeof(object),
        ["DateTime"] = typeof(DateTime),
        ["DateTimeOffset"] = typeof(DateTimeOffset),
        ["DateOnly"] = typeof(DateOnly),
        ["TimeOnly"] = typeof(TimeOnly),
        ["TimeSpan"] = typeof(TimeSpan),
        ["Guid"] = typeof(Guid),
        ["JSON"] = typeof(JsonNode),
        ["ObjectMap"] = typeof(Dictionary<string, object?>),
        ["StringMap"] = typeof(Dictionary<string, string>),
        ["ExpandoObject"] = typeof(Dictionary<string, object?>),
        ["Byte[]"] = typeof(byte[]),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The alias names the Designer offers for variables.</summary>
    public static IReadOnlyCollection<string> VariableTypes { get; } =
    [
        "String", "Int32", "Int64", "Double", "Decimal", "Boolean", "Object", "DateTime", "DateTimeOffset",
        "TimeSpan", "Guid", "JSON", "ObjectMap", "StringMap",
    ];

    /// <summary>
    /// Resolves an alias, an array (<c>String[]</c>) or a list (<c>List&lt;String&gt;</c>); null if unknown.
    /// </summary>
    public static Type? Resolve(string? typeName, bool isArray = false)
    {
        if (string.IsNullOrWhiteSpace(typeName))
        {
            return typeof(object);
        }

        var name = typeName.Trim();
        Type? type;
        if (name.EndsWith("[]", StringComparison.Ordinal))
        {
            type = Resolve(name[..^2]) is { } element ? typeof(List<>).MakeGenericType(element) : null;
        }
        else if (name.StartsWith("List<", StringComparison.OrdinalIgnoreCase) && name.EndsWith('>'))
        {
            type = Resolve(name[5..^1]) is { } element ? typeof(List<>).MakeGenericType(element) : null;
        }
        else if (name.StartsWith("IEnumerable<", StringComparison.OrdinalIgnoreCase) && name.EndsWith('>'))
        {
            type = Resolve(name[12..^1]) is { } element ? typeof(List<>).MakeGenericType(element) : null;
        }
        else
        {
            type = Aliases.GetValueOrDefault(name) ?? ResolveQualified(name);
        }

        return isArray && type is not null ? typeof(List<>).MakeGenericType(type) : type;
    }

    // Elsa also writes assembly-qualified names ("System.String, System.Private.CoreLib"); accept the common ones.
    private static Type? ResolveQualified(string name)
    {
        var simple = name.Split(',')[0].Trim();
        var shortName = simple.StartsWith("System.", StringComparison.Ordinal) ? simple[7..] : null;
        return shortName is not null && Aliases.TryGetValue(shortName, out var type) ? type : null;
    }
}
