using System.Globalization;
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

namespace Crosscheck.Cli;

/// <summary>The claims part of the console summary: per claim, each article's stance, confidence and first evidence sentence.</summary>
public static class ConsoleClaims
{
    public static void Write(TextWriter w, Report report)
    {
        var labels = new DocLabels(report);
        foreach (IGrouping<string, ReportClaimStance> claim in report.ClaimStances.GroupBy(c => c.Claim))
        {
            w.WriteLine();
            w.WriteLine(TextColumns.Fit($"Claim “{claim.Key}” (model: {ClaimTally.Of(claim)})", TextColumns.LineWidth));
            if (ClaimTally.OfText(claim) is { } text)
            {
                w.WriteLine(TextColumns.Fit($"  authors' own stance by the text rules: {text}", TextColumns.LineWidth));
            }

            foreach (ReportClaimStance c in claim)
            {
                TextColumns.Write(w, 2, [[c.Stance.ToUpperInvariant(), c.Confidence.ToString("0.00", CultureInfo.InvariantCulture), labels.Text(c.Doc)]], 9, 4);
                string evidence = c.Evidence.Count == 0
                    ? "no sentence shares a word with the claim"
                    : string.Create(CultureInfo.InvariantCulture, $"[{c.Evidence[0].Start}–{c.Evidence[0].End}] “{c.Evidence[0].Text}”");
                w.WriteLine(TextColumns.Fit("      model: " + evidence.ReplaceLineEndings(" "), TextColumns.LineWidth));
                if (c.TextStance is not null)
                {
                    string because = c.TextEvidence.Count == 0
                        ? string.Empty
                        : string.Create(CultureInfo.InvariantCulture, $" — [{c.TextEvidence[0].Start}–{c.TextEvidence[0].End}] “{c.TextEvidence[0].Text}”");
                    w.WriteLine(TextColumns.Fit($"      text rules: author {c.TextStance.ToUpperInvariant()}{because}".ReplaceLineEndings(" "), TextColumns.LineWidth));
                }
            }
        }
    }
}
