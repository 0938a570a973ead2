using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Attributions.Records;

/// <summary>The attributions of an analysis as report records.</summary>
public static class AttributionReport
{
    public static IReadOnlyList<ReportAttribution> Attributions(ReportContext c) =>
        [.. c.Result.Findings.SelectMany(f => f.Attributions).Select(a => new ReportAttribution(
            c.File(a.DocId), a.Source, a.Cue, a.Content, a.SourceSpan is { } s ? c.Evidence(a.DocId, s) : null, c.Evidence(a.DocId, a.CueSpan), c.Evidence(a.DocId, a.ContentSpans)))];
}
