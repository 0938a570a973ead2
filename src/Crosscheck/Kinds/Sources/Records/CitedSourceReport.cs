using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Sources.Records;

/// <summary>The cited sources of an analysis as report records.</summary>
public static class CitedSourceReport
{
    public static IReadOnlyList<ReportCitedSource> CitedSources(ReportContext c) =>
        [.. c.Result.Findings.SelectMany(f => f.CitedSources).Select(s => new ReportCitedSource(
            c.File(s.DocId), s.Name, ReportContext.Snake(s.Kind), s.Cue, s.Span.Start, s.Span.End))];
}
