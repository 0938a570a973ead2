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
            "agree, disagree, discuss, unrelated), with the model's confidence and the sentences that bear most on the claim.").AppendLine();
        foreach (IGrouping<string, ReportClaimStance> claim in report.ClaimStances.GroupBy(c => c.Claim))
        {
            md.AppendLine($"### “{Escape(claim.Key)}”").AppendLine();
            md.AppendLine(Escape(ClaimTally.Of(claim))).AppendLine();
            MarkdownReportWriter.Table(md, ["Document", "Stance", "Confidence", "Evidence"], claim.Select(c => new[]
            {
                Escape(c.Doc), Escape(c.Stance), c.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                c.Evidence.Count == 0 ? "—" : string.Join(" ", c.Evidence.Select(e => $"“{Escape(e.Text)}” ({e.Start}–{e.End})")),
            }));
        }
    }
}
