using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Dates.Records;

/// <summary>The dates and the timeline of an analysis as report records.</summary>
public static class DateReport
{
    public static IReadOnlyList<ReportDate> Dates(ReportContext c) =>
        [.. c.Result.Findings.SelectMany(f => f.Dates).Select(d => new ReportDate(
            c.File(d.DocId), d.Text, d.Value?.ToString(), ReportContext.Snake(d.Kind), d.Inferred, d.Event, d.Span.Start, d.Span.End))];

    public static IReadOnlyList<ReportTimelineEntry> Timeline(ReportContext c) =>
        [.. c.Result.Set.Timeline.Select(t => new ReportTimelineEntry(
            t.Date.ToString(), t.Description, [.. t.Mentions.Select(m => new ReportDateRef(c.File(m.DocId), m.Text, m.Span.Start, m.Span.End))]))];
}
