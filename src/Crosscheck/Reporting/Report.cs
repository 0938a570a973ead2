using System.Text.Json.Serialization;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

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
    IReadOnlyList<ReportProblem> Problems)
{
    /// <summary>The competing explanations of the main event: found in the text, or given by the user.</summary>
    public IReadOnlyList<ReportHypothesis> Hypotheses { get; init; } = [];

    /// <summary>Stances toward the hypotheses: the author's own (<c>Holder</c> null) and those the article reports for others.</summary>
    public IReadOnlyList<ReportStance> Stances { get; init; } = [];

    /// <summary>The Analysis of Competing Hypotheses matrix built from <see cref="Stances"/>; null when there are no hypotheses.</summary>
    public ReportAch? Ach { get; init; }

    /// <summary>Each article's stance toward each claim given with <c>--claim</c>, from the learned stance model.</summary>
    public IReadOnlyList<ReportClaimStance> ClaimStances { get; init; } = [];

    /// <summary>Attributions (source, cue, content) found by the learned attribution tagger, quoted or paraphrased.</summary>
    public IReadOnlyList<ReportAttribution> Attributions { get; init; } = [];
}

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

    /// <summary>How an inferred <see cref="ReferenceDate"/> was found ("no publication date in the set: …"); null when it was read.</summary>
    public string? ReferenceBasis { get; init; }
}

public sealed record ReportProblem(string File, string Reason);

/// <summary>JSON conventions of the report: snake_case names, nulls written out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(Report))]
public sealed partial class ReportJsonContext : JsonSerializerContext;

