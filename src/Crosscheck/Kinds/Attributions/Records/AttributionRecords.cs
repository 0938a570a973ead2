using Crosscheck.Reporting.Common;

// The attributions part of the report model (report.json; docs/report-schema.md). The aggregate is Reporting/Report.

namespace Crosscheck.Kinds.Attributions.Records;

/// <param name="Doc">The article.</param>
/// <param name="Source">Who the content is attributed to, as written; null when the text names no source.</param>
/// <param name="Cue">The words that signal the attribution ("said", "according to", "believes").</param>
/// <param name="Content">The attributed content (fragments joined by " … ").</param>
/// <param name="SourceSpan">Where the source is written (null with the source).</param>
/// <param name="CueSpan">Where the cue is written.</param>
/// <param name="ContentSpans">The content's fragments.</param>
public sealed record ReportAttribution(
    string Doc, string? Source, string Cue, string? Content, ReportEvidence? SourceSpan, ReportEvidence CueSpan, IReadOnlyList<ReportEvidence> ContentSpans);
