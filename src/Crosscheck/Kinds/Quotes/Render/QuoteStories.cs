using Crosscheck.Model;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;

namespace Crosscheck.Kinds.Quotes.Render;

/// <summary>Headlines of quote groups.</summary>
public static class QuoteStories
{
    /// <summary>Quote groups whose variants are not worded alike (case and punctuation aside).</summary>
    public static IReadOnlyList<ReportQuoteGroup> Reworded(Report report) =>
        [.. report.QuoteGroups.Where(g => g.Variants.Skip(1).Any(v => !WordDiff.SameWording(g.Variants[0].Text, v.Text)))];
}
