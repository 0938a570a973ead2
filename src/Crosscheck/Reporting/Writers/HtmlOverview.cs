using System.Text;
using static Crosscheck.Reporting.HtmlParts;

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

namespace Crosscheck.Reporting.Writers;

/// <summary>
/// The Overview section of the HTML report: how to read the report, the headline disagreements
/// (contested hypotheses, number groups in conflict or rising, quotes worded differently), and the findings per document.
/// </summary>
internal static class HtmlOverview
{
    private const int MaxHeadlines = 12, MaxDocuments = 300;

    public const string HowToRead =
        "Crosscheck read these articles about one story and lined up what each says: who is quoted saying what, " +
        "every number with its qualifier, date and source, the dates, the people and groups, and the sources each article cites. " +
        "Click any row to jump to the exact words in the article, highlighted. " +
        "Numbers are grouped by what they count (killed, injured, …), and each group gets a verdict: " +
        "consistent means the figures can all be true at once; rising count means they differ but only go up over time, as a toll usually does; " +
        "scope difference means they count different groups; conflict means figures that cannot all be true, or a count that went down, so check them first. " +
        "“Inferred” means the tool worked a value out rather than read it (for example a year missing from “March 22”, taken from the publication date): treat it as a lead to check. " +
        "The findings are automatic and can be wrong; always read the sentence before you use one.";

    public static void Write(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, "overview", "Overview");
        html.Append("<div class=\"howto\"><h3>How to read this report</h3><p>").Append(E(HowToRead)).Append("</p></div>\n");
        Headlines(html, report, labels);
        PerDocument(html, report, anchors, labels);
        Close(html);
    }

    private static void Headlines(StringBuilder html, Report report, DocLabels labels)
    {
        html.Append("<h3>Headline disagreements</h3>\n");
        var disputed = NumberStories.DisputedNumbers(report);
        var reworded = QuoteStories.Reworded(report);
        var contested = HypothesisText.Contested(report);
        if (disputed.Count == 0 && reworded.Count == 0 && contested.Count == 0)
        {
            html.Append("<p class=\"muted\">No conflicting or changing figures, no statement quoted in different words, and no contested hypothesis.</p>\n");
            return;
        }

        html.Append("<ul class=\"headlines\">\n");
        foreach (HypothesisText.Contest c in contested.Take(MaxHeadlines))
        {
            html.Append("<li><span class=\"badge v-conflict\">contested</span> <a href=\"#").Append(E(HtmlHypotheses.HypothesisAnchor(c.Hypothesis.Id))).Append("\"><strong>")
                .Append(E(c.Hypothesis.Text)).Append("</strong></a>: supported by ")
                .Append(HypothesisText.Side(c.Supporting, s => $"{E(HypothesisText.Holder(s.Holder))} {labels.Chip(s.Doc)}")).Append("; rejected by ")
                .Append(HypothesisText.Side(c.Rejecting, s => $"{E(HypothesisText.Holder(s.Holder))} {labels.Chip(s.Doc)}")).Append("</li>\n");
        }

        foreach ((int index, ReportNumberFinding f) in disputed.Take(MaxHeadlines))
        {
            html.Append("<li>").Append(Badge(f.Verdict)).Append(" <a href=\"#").Append(NumberStories.NumberAnchor(index)).Append("\"><strong>")
                .Append(E(ReportFormat.MeasureOf(f.Measure, f.Event, f.MainEvent))).Append("</strong></a>: ")
                .Append(E(NumberStories.NumberStory(f))).Append(" <span class=\"meta\">")
                .AppendJoin(" ", f.Values.Select(v => v.Doc).Distinct().Select(d => labels.Chip(d)))
                .Append("</span></li>\n");
        }

        foreach (ReportQuoteGroup g in reworded.Take(MaxHeadlines))
        {
            int docs = g.Variants.Select(v => v.Doc).Distinct().Count();
            html.Append("<li><span class=\"badge v-reworded\">reworded</span> <a href=\"#group-").Append(E(g.Id)).Append("\"><strong>")
                .Append(E(g.Speaker ?? "Unknown speaker")).Append("</strong></a>: ")
                .Append(E($"the same statement quoted in {g.Variants.Count} different wordings by {docs} documents, “{ReportFormat.Shorten(g.Variants[0].Text, 90)}”"))
                .Append(" <span class=\"meta\">").AppendJoin(" ", g.Variants.Select(v => v.Doc).Distinct().Select(d => labels.Chip(d))).Append("</span></li>\n");
        }

        html.Append("</ul>\n");
        Cut(html, disputed.Count, Math.Min(disputed.Count, MaxHeadlines), "disputed number groups");
        Cut(html, reworded.Count, Math.Min(reworded.Count, MaxHeadlines), "reworded quotes");
        Cut(html, contested.Count, Math.Min(contested.Count, MaxHeadlines), "contested hypotheses");
    }

    private static void PerDocument(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        html.Append("<h3>Findings per document</h3>\n");
        html.Append("<table><thead><tr><th>#</th><th>Document</th><th>Author</th><th>Published</th><th>Outlet</th>")
            .Append("<th class=\"num\">Quotes</th><th class=\"num\">Numbers</th><th class=\"num\">Dates</th><th class=\"num\">Entities</th><th class=\"num\">Sources</th></tr></thead><tbody>\n");
        var quotes = report.Quotes.CountBy(q => q.Doc).ToDictionary();
        var numbers = report.Numbers.CountBy(n => n.Doc).ToDictionary();
        var dates = report.Dates.CountBy(x => x.Doc).ToDictionary();
        var entities = report.EntityMentions.CountBy(m => m.Doc).ToDictionary();
        var cited = report.CitedSources.CountBy(c => c.Doc).ToDictionary();
        for (int i = 0; i < Math.Min(report.Documents.Count, MaxDocuments); i++)
        {
            ReportDocument d = report.Documents[i];
            string? anchor = anchors.Document(d.File);
            html.Append(Row(anchor)).Append("<td class=\"num\">").Append(i + 1).Append("</td><td>").Append(labels.Ref(d.File))
                .Append("</td><td>")
                .Append(E(d.Author)).Append("</td><td>")
                .Append(E(ReportFormat.Published(d.Published, d.PublishedInferred))).Append("</td><td>").Append(E(d.Outlet)).Append("</td>")
                .Append(Count(quotes.GetValueOrDefault(d.File)))
                .Append(Count(numbers.GetValueOrDefault(d.File)))
                .Append(Count(dates.GetValueOrDefault(d.File)))
                .Append(Count(entities.GetValueOrDefault(d.File)))
                .Append(Count(cited.GetValueOrDefault(d.File)))
                .Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
        Cut(html, report.Documents.Count, Math.Min(report.Documents.Count, MaxDocuments), "documents (all are in Documents)");
        if (report.Problems.Count > 0)
        {
            html.Append("<h3>Inputs that could not be read</h3><ul class=\"problems\">");
            foreach (ReportProblem p in report.Problems)
            {
                html.Append("<li><strong>").Append(E(p.File)).Append("</strong>: ").Append(E(p.Reason)).Append("</li>");
            }

            html.Append("</ul>\n");
        }
    }
}
