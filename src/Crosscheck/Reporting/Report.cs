using System.Text.Json.Serialization;

namespace Crosscheck.Reporting;

// The report's data model: what report.json holds, and what the Markdown and HTML reports render.
// Documented field by field in docs/report-schema.md. Documents are named by `file`; every finding
// has `doc` (= that file) and `start`/`end`, character offsets into that document's `text`.

public sealed record Report(
    string Tool,
    string GeneratedAt,
    IReadOnlyList<ReportDocument> Documents,
    IReadOnlyList<ReportQuote> Quotes,
    IReadOnlyList<ReportQuoteGroup> QuoteGroups,
    IReadOnlyList<ReportNumber> Numbers,
    IReadOnlyList<ReportNumberFinding> NumberFindings,
    IReadOnlyList<ReportDate> Dates,
    IReadOnlyList<ReportTimelineEntry> Timeline,
    IReadOnlyList<ReportEntity> Entities,
    IReadOnlyList<ReportEntityMention> EntityMentions,
    IReadOnlyList<ReportCitedSource> CitedSources,
    IReadOnlyList<ReportProblem> Problems);

public sealed record ReportDocument(
    string Id,
    string File,
    string Format,
    string? Title,
    string? Subtitle,
    string? Author,
    string? Outlet,
    string? Url,
    string? Published,
    bool PublishedInferred,
    string? ReferenceDate,
    bool ReferenceInferred,
    string Text)
{
    /// <summary>Offset in <see cref="Text"/> where the body starts; before it stand the head lines (title, subtitle, byline). 0 when unknown.</summary>
    public int BodyStart { get; init; }
}

public sealed record ReportQuote(
    string Doc,
    string? Speaker,
    string Text,
    string Kind,
    string? Group,
    string? Cue,
    int Start,
    int End,
    int? SpeakerStart,
    int? SpeakerEnd);

public sealed record ReportQuoteGroup(string Id, string? Speaker, IReadOnlyList<ReportQuoteVariant> Variants);

public sealed record ReportQuoteVariant(string Doc, string Text, int Start, int End);

public sealed record ReportNumber(
    string Doc,
    string Text,
    double Value,
    string Qualifier,
    string? Measure,
    bool MainEvent,
    string? Event,
    string? Holder,
    string? AsOf,
    bool AsOfInferred,
    bool Vague,
    int Start,
    int End)
{
    /// <summary>The upper end of a range ("20-24"); <see cref="Value"/> is then the lower end. Null for a single value.</summary>
    public double? ValueHigh { get; init; }
}

public sealed record ReportNumberFinding(
    string Event,
    bool MainEvent,
    string Measure,
    IReadOnlyList<ReportNumberValue> Values,
    string Verdict,
    string Explanation);

public sealed record ReportNumberValue(string Doc, string Text, double Value, string Qualifier, string? Holder, string? AsOf, int Start, int End)
{
    /// <summary>The upper end of a range; null for a single value.</summary>
    public double? ValueHigh { get; init; }
}

public sealed record ReportDate(string Doc, string Text, string? Value, string Kind, bool Inferred, string? Event, int Start, int End);

public sealed record ReportTimelineEntry(string Date, string Description, IReadOnlyList<ReportDateRef> Sources);

public sealed record ReportDateRef(string Doc, string Text, int Start, int End);

public sealed record ReportEntity(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, int> MentionsPerDoc);

public sealed record ReportEntityMention(string Doc, string Entity, string Text, int Start, int End);

public sealed record ReportCitedSource(string Doc, string Name, string Kind, string Cue, int Start, int End);

public sealed record ReportProblem(string File, string Reason);

/// <summary>JSON conventions of the report: snake_case names, nulls written out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(Report))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
