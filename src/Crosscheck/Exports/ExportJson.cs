using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Crosscheck.Exports;

/// <summary>
/// The one way the JSON exports are written: typed records through System.Text.Json's source generator, names in
/// camelCase unless a record names them itself (JSON-LD's "@type", TimelineJS's "start_date"), nulls left out.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<ClaimReviewLd>))]
[JsonSerializable(typeof(FtmEntity))]
[JsonSerializable(typeof(TimelineJsDocument))]
internal sealed partial class ExportJsonContext : JsonSerializerContext
{
    private static readonly ExportJsonContext OneLine = new(SerializerOptions(indented: false));
    private static readonly ExportJsonContext IndentedLines = new(SerializerOptions(indented: true));

    /// <summary>One JSON document, indented.</summary>
    public static string Indented<T>(T value, Func<ExportJsonContext, JsonTypeInfo<T>> type) => JsonSerializer.Serialize(value, type(IndentedLines));

    /// <summary>One JSON value on one line (for JSON lines).</summary>
    public static string Line<T>(T value, Func<ExportJsonContext, JsonTypeInfo<T>> type) => JsonSerializer.Serialize(value, type(OneLine));

    private static JsonSerializerOptions SerializerOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = indented,
    };
}
