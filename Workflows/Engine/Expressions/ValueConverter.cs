using System.Collections;
using System.Dynamic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSystem.Workflows.Engine.Expressions;

/// <summary>
/// Converts values between what expressions produce (strings, doubles, JSON, script objects) and the types
/// inputs and variables declare. Structured values live in the engine as plain .NET data:
/// <see cref="Dictionary{TKey,TValue}"/> of string to object, <see cref="List{T}"/> of object, and scalars.
/// </summary>
public static class ValueConverter
{
    public static T? Convert<T>(object? value) => (T?)Convert(value, typeof(T));

    public static object? Convert(object? value, Type target)
    {
        ArgumentNullException.ThrowIfNull(target);

        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target)
                : null;
        }

        target = Nullable.GetUnderlyingType(target) ?? target;
        if (target.IsInstanceOfType(value) && target != typeof(object))
        {
            return value;
        }

        if (target == typeof(object))
        {
            return Normalize(value);
        }

        if (value is JsonNode node)
        {
            return Convert(FromJson(node), target);
        }

        if (target == typeof(string))
        {
            return ToText(value);
        }

        if (target == typeof(JsonNode))
        {
            return value is string s ? ParseJsonOrString(s) : ToJson(value);
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            return ConvertList(value, target, target.GetGenericArguments()[0]);
        }

        if (target == typeof(Dictionary<string, object?>))
        {
            return Normalize(value is string text ? FromJson(JsonNode.Parse(text)) : value)
                as Dictionary<string, object?>
                ?? throw new InvalidCastException($"Cannot use a {value.GetType().Name} as an object map.");
        }

        if (target == typeof(Dictionary<string, string>))
        {
            var map = Convert<Dictionary<string, object?>>(value)!;
            return map.ToDictionary(p => p.Key, p => ToText(p.Value) ?? "", StringComparer.Ordinal);
        }

        return ConvertScalar(value, target);
    }

    private static object ConvertScalar(object value, Type target)
    {
        var culture = CultureInfo.InvariantCulture;
        if (value is string s)
        {
            s = s.Trim();
            if (target == typeof(bool))
            {
                return bool.Parse(s);
            }

            if (target == typeof(TimeSpan))
            {
                return TimeSpan.Parse(s, culture);
            }

            if (target == typeof(Guid))
            {
                return Guid.Parse(s);
            }

            if (target == typeof(DateTimeOffset))
            {
                return DateTimeOffset.Parse(s, culture, DateTimeStyles.AssumeUniversal);
            }

            if (target == typeof(DateTime))
            {
                return DateTime.Parse(s, culture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            }

            if (target == typeof(DateOnly))
            {
                return DateOnly.Parse(s, culture);
            }

            if (target.IsEnum)
            {
                return Enum.Parse(target, s, ignoreCase: true);
            }
        }

        if (target.IsEnum)
        {
            return Enum.ToObject(target, System.Convert.ToInt32(value, culture));
        }

        if (target == typeof(DateTimeOffset) && value is DateTime dt)
        {
            return new DateTimeOffset(
                dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt);
        }

        if (target == typeof(DateTime) && value is DateTimeOffset dto)
        {
            return dto.UtcDateTime;
        }

        if (target == typeof(TimeSpan) && value is double ms)
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        if (target == typeof(int) && value is double d && d != Math.Floor(d))
        {
            throw new InvalidCastException($"{d.ToString(culture)} is not a whole number.");
        }

        return System.Convert.ChangeType(value, target, culture);
    }

    private static object ConvertList(object value, Type listType, Type elementType)
    {
        var list = (IList)Activator.CreateInstance(listType)!;
        IEnumerable items = value switch
        {
            string text when text.TrimStart().StartsWith('[') => (IEnumerable)FromJson(JsonNode.Parse(text))!,
            string text => new[] { text },
            IEnumerable enumerable and not IDictionary => enumerable,
            _ => new[] { value },
        };

        foreach (var item in items)
        {
            list.Add(Convert(item, elementType));
        }

        return list;
    }

    /// <summary>Turns script objects, JSON nodes and foreign collections into the engine's plain .NET data.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal or float or Guid or DateTime or DateTimeOffset
            or TimeSpan => value,
        JsonNode node => FromJson(node),
        Dictionary<string, object?> map => map,
        ExpandoObject expando => NormalizeMap(expando),
        IDictionary<string, object?> map => NormalizeMap(map),
        IDictionary map => NormalizeMap(map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => map[k])),
        List<object?> list => list,
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };

    private static Dictionary<string, object?> NormalizeMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            result[key] = Normalize(item);
        }

        return result;
    }

    public static object? FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject o:
                var map = new Dictionary<string, object?>(o.Count, StringComparer.Ordinal);
                foreach (var (key, item) in o)
                {
                    map[key] = FromJson(item);
                }

                return map;
            case JsonArray a:
                var list = new List<object?>(a.Count);
                foreach (var item in a)
                {
                    list.Add(FromJson(item));
                }

                return list;
            case JsonValue value when !value.TryGetValue<JsonElement>(out _):
                return value.TryGetValue<string>(out var s) ? s
                    : value.TryGetValue<bool>(out var b) ? b
                    : value.TryGetValue<int>(out var i32) ? i32
                    : value.TryGetValue<long>(out var i64) ? i64
                    : value.TryGetValue<double>(out var d) ? d
                    : value.TryGetValue<decimal>(out var m) ? m
                    : value.ToJsonString();
            default:
                var element = node.GetValue<JsonElement>();
                return element.ValueKind switch
                {
                    JsonValueKind.String => element.GetString(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number when element.TryGetInt32(out var i) => i,
                    JsonValueKind.Number when element.TryGetInt64(out var l) => l,
                    JsonValueKind.Number => element.GetDouble(),
                    _ => null,
                };
        }
    }

    /// <summary>
    /// Reads the JSON value at the reader as plain data, as <see cref="FromJson"/> turns a parsed tree, and leaves
    /// the reader on the value's last token.
    /// </summary>
    public static object? ReadJson(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    map[key] = ReadJson(ref reader);
                }

                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadJson(ref reader));
                }

                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var i) ? i : reader.TryGetInt64(out var l) ? l : reader.GetDouble();
            default:
                return null;
        }
    }

    /// <summary>Writes plain data as the JSON <see cref="ToJson"/> would build, without building it.</summary>
    public static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case Dictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteJson(writer, item);
                }

                writer.WriteEndObject();
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // The rarer values (dates, JSON nodes, other collections) go through the tree, so they are written
                // exactly as ToJson writes them.
                if (ToJson(value) is { } node)
                {
                    node.WriteTo(writer);
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
        }
    }

    /// <summary>A copy of plain data, so that no two holders share a mutable dictionary or list.</summary>
    public static object? DeepCopy(object? value)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                var copy = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
                foreach (var (key, item) in map)
                {
                    copy[key] = DeepCopy(item);
                }

                return copy;
            case IList list when value.GetType().IsGenericType:
                var listCopy = (IList)Activator.CreateInstance(value.GetType(), list.Count)!;
                foreach (var item in list)
                {
                    listCopy.Add(DeepCopy(item));
                }

                return listCopy;
            default:
                return value;
        }
    }

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        float f => JsonValue.Create(f),
        decimal m => JsonValue.Create(m),
        Guid g => JsonValue.Create(g.ToString()),
        DateTimeOffset dto => JsonValue.Create(dto.ToString("O", CultureInfo.InvariantCulture)),
        DateTime dt => JsonValue.Create(dt.ToString("O", CultureInfo.InvariantCulture)),
        TimeSpan ts => JsonValue.Create(ts.ToString("c", CultureInfo.InvariantCulture)),
        IEnumerable<KeyValuePair<string, object?>> map => ToJsonObject(map),
        IDictionary map => ToJsonObject(map.Keys.Cast<object>().Select(k =>
            new KeyValuePair<string, object?>(k.ToString()!, map[k]))),
        IEnumerable items => new JsonArray(items.Cast<object?>().Select(ToJson).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonObject ToJsonObject(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var o = new JsonObject();
        foreach (var (key, item) in map)
        {
            o[key] = ToJson(item);
        }

        return o;
    }

    /// <summary>A value as text: strings as they are, scalars in the invariant culture, structures as JSON.</summary>
    public static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonNode node => node.ToJsonString(),
        IEnumerable => ToJson(value)!.ToJsonString(),
        _ => value.ToString(),
    };

    private static JsonNode? ParseJsonOrString(string s)
    {
        try
        {
            return JsonNode.Parse(s);
        }
        catch (JsonException)
        {
            return JsonValue.Create(s);
        }
    }
}
