using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using Crosscheck.Store;
using Crosscheck.Web.Workspace;

using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Kinds.Quotes;

/// <summary>The quotes views of the API and the pages, built from a case snapshot.</summary>
public static class QuoteViews
{
    public static QuoteLedger Quotes(CaseSnapshot c)
    {
        Report r = c.Report;
        var groups = r.QuoteGroups.Where(g => g.Variants.Count > 0).Select(g =>
        {
            ReportQuoteVariant first = g.Variants[0];
            var scripts = g.Variants.Skip(1).Select(v => WordDiff.Diff(first.Text, v.Text)).ToList();
            IReadOnlyList<int> changed = [.. HtmlQuotes.ChangedWords(scripts).Order()];
            var variants = g.Variants.Select((v, i) => new QuoteVariantView(v.Doc, c.Number(v.Doc), c.ByFile(v.Doc)?.Label ?? v.Doc, v.Text, v.Start, v.End,
                c.FindingHref(v.Doc, "quote", v.Start, v.End), i == 0 ? null : scripts[i - 1], i == 0 ? changed : [])).ToList();
            bool reworded = g.Variants.Skip(1).Any(v => !WordDiff.SameWording(first.Text, v.Text));
            return new QuoteGroupView(g.Id, g.Speaker, reworded, variants);
        }).ToList();
        var quotes = r.Quotes
            .OrderBy(q => q.Speaker is null)
            .ThenBy(q => q.Speaker, StringComparer.Ordinal)
            .Select(q => new QuoteView(q, c.Number(q.Doc), c.FindingHref(q.Doc, "quote", q.Start, q.End)))
            .ToList();
        return new QuoteLedger(groups, quotes);
    }
}
