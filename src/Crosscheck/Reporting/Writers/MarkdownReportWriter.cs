using System.Text;
using static Crosscheck.Reporting.MarkdownText;

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
/// Renders a <see cref="Report"/> as Markdown: overview, sources cited, quote ledger, numbers,
/// timeline, entities and problems. Article text is escaped so that it can never become markup.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.AppendLine("# Crosscheck report").AppendLine();
        md.AppendLine($"Generated {Escape(ReportFormat.When(report.GeneratedAt))} from {report.Documents.Count} documents" +
            (report.Problems.Count > 0 ? $"; {report.Problems.Count} inputs could not be read (see Problems)." : "."));
        md.AppendLine();
        md.AppendLine("**How to read this report.** " + Escape(HtmlOverview.HowToRead)).AppendLine();
        Headlines(md, report);
        MarkdownClaims.Write(md, report);
        Overview(md, report);
        MarkdownHypotheses.Write(md, report);
        MarkdownCitedSources.Write(md, report);
        MarkdownQuotes.Write(md, report);
        MarkdownAttributions.Write(md, report);
        MarkdownNumbers.Write(md, report);
        MarkdownTimeline.Write(md, report);
        MarkdownEntities.Write(md, report);
        Problems(md, report);
        return md.ToString();
    }

    private static void Headlines(StringBuilder md, Report report)
    {
        md.AppendLine("## Headline disagreements").AppendLine();
        var disputed = NumberStories.DisputedNumbers(report);
        var reworded = QuoteStories.Reworded(report);
        var contested = HypothesisText.Contested(report);
        if (disputed.Count == 0 && reworded.Count == 0 && contested.Count == 0)
        {
            md.AppendLine("No conflicting or changing figures, no statement quoted in different words, and no contested hypothesis.").AppendLine();
            return;
        }

        DocLabels labels = new(report);
        string Side(IReadOnlyList<ReportStance> side) =>
            HypothesisText.SideByDocument(side, h => Escape(HypothesisText.Holder(h)), d => Escape(labels.Name(d)));
        foreach (HypothesisText.Contest c in contested.Take(12))
        {
            md.AppendLine($"- **{Escape(c.Hypothesis.Text)}** (contested, {Escape(c.Hypothesis.Id)}): supported by {Side(c.Supporting)}; rejected by {Side(c.Rejecting)}");
        }

        foreach ((_, ReportNumberFinding f) in disputed.Take(12))
        {
            md.AppendLine($"- **{Escape(ReportFormat.MeasureOf(f.Measure, f.Event, f.MainEvent))}** ({Verdicts.Label(f.Verdict)}): {Escape(NumberStories.NumberStory(f))}");
        }

        foreach (ReportQuoteGroup g in reworded.Take(12))
        {
            md.AppendLine($"- **{Escape(g.Speaker ?? "Unknown speaker")}** (reworded, {Escape(g.Id)}): quoted in {g.Variants.Count} different wordings");
        }

        md.AppendLine();
    }

    private static void Overview(StringBuilder md, Report report)
    {
        md.AppendLine("## Documents").AppendLine();
        // The file name is only the link's target: a reader knows an article by its outlet, title and date.
        Table(md, ["#", "Document", "Title", "Author", "Published", "Outlet", "Dates read against"], report.Documents.Select((d, i) => new[]
        {
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"[{Escape(DocLabels.Of(d))}](<{d.File.Replace(">", "%3E", StringComparison.Ordinal)}>)", Escape(d.Title), Escape(d.Author),
            Escape(ReportFormat.Published(d.Published, d.PublishedInferred)), Escape(d.Outlet),
            Escape(ReportFormat.Reference(d.ReferenceDate, d.ReferenceInferred, d.ReferenceBasis)),
        }));
    }

    private static void Problems(StringBuilder md, Report report)
    {
        md.AppendLine("## Problems").AppendLine();
        if (report.Problems.Count == 0)
        {
            md.AppendLine("Every input was read.").AppendLine();
            return;
        }

        foreach (ReportProblem p in report.Problems)
        {
            md.AppendLine($"- {Escape(p.File)}: {Escape(p.Reason)}");
        }

        md.AppendLine();
    }
}
