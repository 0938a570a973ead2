using System.Globalization;
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

namespace Crosscheck.Kinds.Claims.Render;

/// <summary>
/// The Claims section of the HTML report (only when claims were given with <c>--claim</c>): per claim,
/// each article's stance from the learned stance model, its confidence and the sentences it rests on.
/// </summary>
internal static class HtmlClaims
{
    private const string Style = """
        <style>
        .stance { display: inline-block; padding: 0 .5em; border-radius: .8em; font-size: .85em; font-weight: 600; }
        .s-agree { background: #d3f9d8; } .s-disagree { background: #ffc9c9; } .s-discuss { background: #fff3bf; } .s-unrelated { background: #e9ecef; }
        .t-supports { background: #d3f9d8; } .t-rejects { background: #ffc9c9; } .t-reports { background: #fff3bf; } .t-absent { background: #e9ecef; }
        .evidence { margin: .2em 0; }
        </style>
        """;

    public static void Write(StringBuilder html, Report report, DocLabels labels)
    {
        if (report.ClaimStances.Count == 0)
        {
            return;
        }

        Open(html, "claims", "Claims",
            "Each article's stance toward each claim you gave, from Crosscheck's stance model (trained on the FNC-1 news stance data): " +
            "agree, disagree, discuss (reports the claim without taking a side) or unrelated, with the model's confidence and the " +
            "sentences of the article that bear most on the claim. The model reads the claim like a headline; treat it as a pointer, not a verdict. " +
            "Beside it, the author's own stance as the hypothesis rules read it (supports, rejects, reports, absent), when the claim names an agent or cause they know.");
        html.Append(Style).Append('\n');
        foreach (IGrouping<string, ReportClaimStance> claim in report.ClaimStances.GroupBy(c => c.Claim))
        {
            html.Append("<h3>“").Append(E(claim.Key)).Append("”</h3>\n");
            html.Append("<p class=\"meta\">Model: ").Append(E(ClaimTally.Of(claim)));
            if (ClaimTally.OfText(claim) is { } text)
            {
                html.Append("; authors by the text rules: ").Append(E(text));
            }

            html.Append("</p>\n");
            html.Append("<table><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Stance (model)</th><th scope=\"col\">Confidence</th><th scope=\"col\">Evidence</th>")
                .Append("<th scope=\"col\">Author's stance (rules)</th></tr></thead><tbody>\n");
            foreach (ReportClaimStance c in claim)
            {
                html.Append("<tr><td>").Append(labels.Ref(c.Doc)).Append("</td><td><span class=\"stance s-").Append(E(c.Stance)).Append("\">")
                    .Append(E(c.Stance)).Append("</span></td><td class=\"num\">")
                    .Append(c.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td><td>");
                if (c.Evidence.Count == 0)
                {
                    html.Append("<span class=\"muted\">no sentence shares a word with the claim</span>");
                }

                foreach (ReportEvidence e in c.Evidence)
                {
                    html.Append("<p class=\"evidence\">").Append(E(e.Text)).Append("</p>");
                }

                html.Append("</td><td>");
                if (c.TextStance is null)
                {
                    html.Append("<span class=\"muted\">—</span>");
                }
                else
                {
                    html.Append("<span class=\"stance t-").Append(E(c.TextStance)).Append("\">").Append(E(c.TextStance)).Append("</span>");
                    foreach (ReportEvidence e in c.TextEvidence)
                    {
                        html.Append("<p class=\"evidence\">").Append(E(e.Text)).Append("</p>");
                    }
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        Close(html);
    }
}
