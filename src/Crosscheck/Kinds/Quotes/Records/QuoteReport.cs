using Crosscheck.Model;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Quotes.Records;

/// <summary>The quotes and quote groups of an analysis as report records.</summary>
public static class QuoteReport
{
    public static IReadOnlyList<ReportQuote> Quotes(ReportContext c)
    {
        Dictionary<(string, int, int), string> groupOf = [];
        foreach (QuoteGroup g in c.Result.Set.QuoteGroups)
        {
            foreach (Quote q in g.Members)
            {
                groupOf[(q.DocId, q.Span.Start, q.Span.End)] = g.Id;
            }
        }

        return [.. c.Result.Findings.SelectMany(f => f.Quotes).Select(q => new ReportQuote(
            c.File(q.DocId), q.Speaker, q.Text, ReportContext.Snake(q.Kind), groupOf.GetValueOrDefault((q.DocId, q.Span.Start, q.Span.End)), q.Cue,
            q.Span.Start, q.Span.End, q.SpeakerSpan?.Start, q.SpeakerSpan?.End))];
    }

    public static IReadOnlyList<ReportQuoteGroup> Groups(ReportContext c) =>
        [.. c.Result.Set.QuoteGroups.Select(g => new ReportQuoteGroup(
            g.Id, g.Speaker, [.. g.Members.Select(q => new ReportQuoteVariant(c.File(q.DocId), q.Text, q.Span.Start, q.Span.End))]))];
}
