using System.Globalization;
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

namespace Crosscheck.Kinds.Hypotheses.Render;

/// <summary>The Hypotheses section of report.md: the explanation, the hypotheses, the stance grid, the reported stances and the ACH matrix.</summary>
internal static class MarkdownHypotheses
{
    public static void Write(StringBuilder md, Report report)
    {
        DocLabels labels = new(report);
        md.AppendLine("## Hypotheses").AppendLine();
        md.AppendLine(Escape(HypothesisText.Explanation)).AppendLine();
        if (report.Hypotheses.Count == 0)
        {
            md.AppendLine("No competing explanation found. Add your own with --hypothesis \"…\" or a case file (crosscheck.case.json).").AppendLine();
            return;
        }

        MarkdownText.Table(md, ["Id", "Hypothesis", "Kind", "Agent or cause", "Origin"], report.Hypotheses.Select(h => new[]
        {
            Escape(h.Id), Escape(h.Text), Escape(h.Kind.Replace('_', ' ')), Escape(h.Agent), h.Origin == "user" ? "added by you" : "found in the text",
        }));

        md.AppendLine("### Where each source stands").AppendLine();
        md.AppendLine("The article's own stance toward each hypothesis; “reports” means it tells of someone else's claim without taking a side.").AppendLine();
        var byCell = report.Stances.ToLookup(s => (s.Doc, s.Hypothesis));
        MarkdownText.Table(md, ["Source", .. report.Hypotheses.Select(h => Escape(h.Id))], report.Documents.Select(d => new[] { Escape(labels.Name(d.File)) }
            .Concat(report.Hypotheses.Select(h => Cell([.. byCell[(d.File, h.Id)]]))).ToArray()));

        md.AppendLine("### Stances the articles report").AppendLine();
        var reported = report.Stances.Where(s => s.Holder is not null && s.Stance != "absent").ToList();
        if (reported.Count == 0)
        {
            md.AppendLine("The articles report no one else's stance.").AppendLine();
        }
        else
        {
            MarkdownText.Table(md, ["Holder", "Hypothesis", "Stance", "Evidence status", "Self-interested", "Sentence", "Source"], reported.Select(s => new[]
            {
                Escape(s.Holder), Escape(s.Hypothesis), Escape(HypothesisText.StanceLabel(s.Stance)), Escape(s.EvidenceStatus ?? "not said"),
                s.SelfInterested ? "yes" : "no", s.Evidence.Count == 0 ? "—" : $"“{Escape(ReportFormat.Shorten(s.Evidence[0].Text, 200))}”", Escape(labels.Name(s.Doc)),
            }));
        }

        md.AppendLine("### Analysis of Competing Hypotheses").AppendLine();
        if (report.Ach is not { } ach || ach.Rows.Count == 0)
        {
            md.AppendLine("No claim takes a side on a hypothesis, so there is nothing to weigh.").AppendLine();
            return;
        }

        md.AppendLine("**" + Escape(AchReading.Verdict(ach, report.Hypotheses, report.Documents.Count)) + "**").AppendLine();
        md.AppendLine(Escape(HypothesisText.ScoreHelp) + " " + Escape(AchReading.Help)).AppendLine();
        var standings = AchReading.Standings(ach).ToDictionary(s => s.Hypothesis);
        var rows = ach.Rows.OrderByDescending(r => r.Diagnosticity).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var scores = ach.Scores.ToDictionary(s => s.Hypothesis);
        MarkdownText.Table(md, ["Claim", "Holder", "Source", "Credibility", "Relevance", .. ach.Hypotheses.Select(Escape), "Diagnosticity"],
            rows.Select(r => new[]
            {
                $"“{Escape(ReportFormat.Shorten(r.Text, 200))}”" + (r.SelfInterested ? " (self-interested)" : string.Empty) + (r.EvidenceStatus is null ? string.Empty : $" ({Escape(r.EvidenceStatus)})"),
                Escape(HypothesisText.Holder(r.Holder)), Escape(labels.Name(r.Doc)), Escape(r.Credibility), Escape(r.Relevance),
            }
            .Concat(ach.Hypotheses.Select(id => r.Cells.GetValueOrDefault(id, "NA")))
            .Append(Number(r.Diagnosticity)).ToArray())
            .Append(["**Weighted inconsistency**", string.Empty, string.Empty, string.Empty, string.Empty,
                .. ach.Hypotheses.Select(id => scores.TryGetValue(id, out ReportAchScore? s) && standings.TryGetValue(id, out AchStanding? st) && st.Enough
                    ? $"**{Number(s.Inconsistency)}** ({s.Consistent} C, {s.Inconsistent} I)"
                    : AchReading.NotEnough),
                string.Empty]));
    }

    private static string Cell(List<ReportStance> stances)
    {
        ReportStance? own = stances.Where(s => s.Holder is null).OrderByDescending(s => s.Confidence).FirstOrDefault();
        int others = stances.Count(s => s.Holder is not null && s.Stance != "absent");
        string stance = HypothesisText.StanceLabel(own?.Stance ?? (others > 0 ? "reports" : "absent"));
        return others == 0 ? stance : string.Create(CultureInfo.InvariantCulture, $"{stance} (+{others} quoted)");
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
