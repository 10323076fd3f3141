namespace CaseSystem.Host.Open311;

/// <summary>
/// An Open311 answer as a small tree that writes itself as JSON or XML alike: an object is its fields in order; a
/// list names the element each item gets in XML (JSON needs no name). Leaves are strings, numbers, booleans and
/// nulls; identifiers are always strings, as GeoReport v2 asks.
/// </summary>
public sealed class Open311Object : List<KeyValuePair<string, object?>>
{
    public Open311Object Add(string name, object? value)
    {
        Add(new KeyValuePair<string, object?>(name, value));
        return this;
    }
}

/// <param name="ItemName">The element each item gets in XML, as <c>request</c> in <c>service_requests</c>.</param>
/// <param name="Items">Objects, or leaves such as the strings of a <c>formats</c> list.</param>
public sealed record Open311List(string ItemName, IReadOnlyList<object?> Items);

/// <summary>A whole answer: its root element in XML, and the value (a list or an object).</summary>
public sealed record Open311Document(string RootName, object Value);
