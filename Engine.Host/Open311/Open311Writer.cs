using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace CaseSystem.Host.Open311;

/// <summary>Writes an <see cref="Open311Document"/> as GeoReport v2 JSON or XML.</summary>
public static class Open311Writer
{
    public static byte[] Json(Open311Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            WriteJson(writer, document.Value);
        }

        return buffer.ToArray();
    }

    public static byte[] Xml(Open311Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = false };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(document.RootName);
            WriteXmlContent(writer, document.Value);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(Timestamp(moment));
                break;
            case Open311List list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            case Open311Object fields:
                writer.WriteStartObject();
                foreach (var (name, field) in fields)
                {
                    writer.WritePropertyName(name);
                    WriteJson(writer, field);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"Open311 has no form for a {value.GetType().Name}.", nameof(value));
        }
    }

    private static void WriteXmlContent(XmlWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case Open311List list:
                foreach (var item in list.Items)
                {
                    writer.WriteStartElement(list.ItemName);
                    WriteXmlContent(writer, item);
                    writer.WriteEndElement();
                }

                break;
            case Open311Object fields:
                foreach (var (name, field) in fields)
                {
                    writer.WriteStartElement(name);
                    WriteXmlContent(writer, field);
                    writer.WriteEndElement();
                }

                break;
            default:
                writer.WriteString(Text(value));
                break;
        }
    }

    private static string Text(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset moment => Timestamp(moment),
        _ => throw new ArgumentException($"Open311 has no form for a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>ISO 8601 with the offset, in Sofia's time as the city reads it.</summary>
    public static string Timestamp(DateTimeOffset moment) =>
        moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
