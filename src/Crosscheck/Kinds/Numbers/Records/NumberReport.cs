using Crosscheck.Model;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Numbers.Records;

/// <summary>The numbers and number findings of an analysis as report records.</summary>
public static class NumberReport
{
    public static IReadOnlyList<ReportNumber> Numbers(ReportContext c) =>
        [.. c.Result.Findings.SelectMany(f => f.Numbers).Select(n => new ReportNumber(
            c.File(n.DocId), n.Text, n.Value, ReportContext.Snake(n.Qualifier), n.Measure, n.IsMainEvent, n.Event, n.Holder,
            n.AsOf?.ToString(), n.AsOfInferred, n.IsVague, n.Span.Start, n.Span.End) { ValueHigh = n.ValueHigh })];

    public static IReadOnlyList<ReportNumberFinding> Findings(ReportContext c) =>
        [.. c.Result.Set.NumberFindings.Select(f => new ReportNumberFinding(
            f.Event, f.IsMainEvent, f.Measure,
            [.. f.Values.Select(n => new ReportNumberValue(c.File(n.DocId), n.Text, n.Value, ReportContext.Snake(n.Qualifier), n.Holder, n.AsOf?.ToString(), n.Span.Start, n.Span.End) { ValueHigh = n.ValueHigh, Vague = n.IsVague })],
            ReportContext.Snake(f.Verdict), f.Explanation))];
}
