using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Crosscheck.Reporting.Writers;

/// <summary>
/// Writes report.json to a stream as it goes, never the whole text in memory: the report's properties in their order,
/// each list element by element, the writer flushed to the stream whenever it holds more than <see cref="FlushBytes"/>.
/// The bytes are those of <see cref="JsonReportWriter.Write(Report)"/> in UTF-8 (same names, order, indentation, escaping).
/// </summary>
public static class JsonReportStream
{
    private const int FlushBytes = 1 << 16;

    public static void Write(Report report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        JsonTypeInfo info = ReportJsonContext.Default.Report;
        JsonSerializerOptions o = info.Options;
        var options = new JsonWriterOptions
        {
            Encoder = o.Encoder,
            Indented = o.WriteIndented,
            IndentCharacter = o.IndentCharacter,
            IndentSize = o.IndentSize,
            NewLine = o.NewLine,
            MaxDepth = o.MaxDepth,
        };
        using var writer = new Utf8JsonWriter(stream, options);
        writer.WriteStartObject();
        foreach (JsonPropertyInfo property in info.Properties)
        {
            object? value = property.Get!(report);
            if (property.ShouldSerialize is { } should && !should(report, value))
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            if (value is IList list && property.CustomConverter is null && ElementType(property.PropertyType) is { } element)
            {
                JsonTypeInfo elementInfo = o.GetTypeInfo(element);
                writer.WriteStartArray();
                foreach (object? item in list)
                {
                    JsonSerializer.Serialize(writer, item, elementInfo);
                    FlushIfFull(writer);
                }

                writer.WriteEndArray();
            }
            else
            {
                JsonSerializer.Serialize(writer, value, o.GetTypeInfo(property.PropertyType));
            }

            FlushIfFull(writer);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>T of a property typed <c>IReadOnlyList&lt;T&gt;</c>; null for any other type.</summary>
    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushBytes)
        {
            writer.Flush();
        }
    }
}
