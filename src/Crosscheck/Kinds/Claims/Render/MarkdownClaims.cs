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

namespace Crosscheck.Kinds.Claims.Render;

/// <summary>The Claims section of report.md (only when claims were given with <c>--claim</c>).</summary>
internal static class MarkdownClaims
{
    public static void Write(StringBuilder md, Report report)
    {
        DocLabels labels = new(report);
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
            MarkdownText.Table(md, ["Document", "Stance (model)", "Confidence", "Evidence", "Author's stance (rules)", "Its evidence"], claim.Select(c => new[]
            {
                Escape(labels.Name(c.Doc)), Escape(c.Stance), c.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                Sentences(c.Evidence), c.TextStance is null ? "—" : Escape(c.TextStance), Sentences(c.TextEvidence),
            }));
        }
    }

    private static string Sentences(IReadOnlyList<ReportEvidence> evidence) =>
        evidence.Count == 0 ? "—" : string.Join(" ", evidence.Select(e => $"“{Escape(e.Text)}” ({e.Start}–{e.End})"));
}
