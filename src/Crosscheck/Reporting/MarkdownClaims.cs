using System.Globalization;
using System.Text;
using static Crosscheck.Reporting.MarkdownText;

namespace Crosscheck.Reporting;

/// <summary>The Claims section of report.md (only when claims were given with <c>--claim</c>).</summary>
internal static class MarkdownClaims
{
    public static void Write(StringBuilder md, Report report)
    {
        if (report.ClaimStances.Count == 0)
        {
            return;
        }

        md.AppendLine("## Claims").AppendLine();
        md.AppendLine("Each article's stance toward each claim given with `--claim`, from the learned stance model (FNC-1 labels: " +
            "agree, disagree, discuss, unrelated), with the model's confidence and the sentences that bear most on the claim; " +
            "and the author's own stance by the hypothesis rules (supports, rejects, reports, absent) when they can read the claim.").AppendLine();
        foreach (IGrouping<string, ReportClaimStance> claim in report.ClaimStances.GroupBy(c => c.Claim))
        {
            md.AppendLine($"### “{Escape(claim.Key)}”").AppendLine();
            md.AppendLine(Escape("Model: " + ClaimTally.Of(claim) + (ClaimTally.OfText(claim) is { } text ? "; authors by the text rules: " + text : string.Empty))).AppendLine();
            MarkdownReportWriter.Table(md, ["Document", "Stance (model)", "Confidence", "Evidence", "Author's stance (rules)", "Its evidence"], claim.Select(c => new[]
            {
                Escape(c.Doc), Escape(c.Stance), c.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                Sentences(c.Evidence), c.TextStance is null ? "—" : Escape(c.TextStance), Sentences(c.TextEvidence),
            }));
        }
    }

    private static string Sentences(IReadOnlyList<ReportEvidence> evidence) =>
        evidence.Count == 0 ? "—" : string.Join(" ", evidence.Select(e => $"“{Escape(e.Text)}” ({e.Start}–{e.End})"));
}
