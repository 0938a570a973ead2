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

namespace Crosscheck.Web.Kinds.Hypotheses;

/// <summary>The hypotheses views of the API and the pages, built from a case snapshot.</summary>
public static class HypothesisViews
{
    public static HypothesesView Hypotheses(CaseSnapshot c)
    {
        Report r = c.Report;
        string? EvidenceHref(string doc, IReadOnlyList<ReportEvidence> evidence) =>
            evidence.Count == 0 ? null : c.FindingHref(doc, "stance", evidence[0].Start, evidence[0].End);
        var stances = r.Stances.Select(s => new StanceView(s, c.Number(s.Doc), EvidenceHref(s.Doc, s.Evidence))).ToList();
        AchView? ach = r.Ach is { } a
            ? new AchView(a.Hypotheses, [.. a.Rows.Select(row => new AchRowView(row, c.Number(row.Doc), c.DocHref(row.Doc) + "?mark=" + row.Start + "-" + row.End + "#mark"))], a.Scores)
            {
                Standings = AchReading.Standings(a),
                Verdict = a.Rows.Count == 0 ? string.Empty : AchReading.Verdict(a, r.Hypotheses, r.Documents.Count),
            }
            : null;
        var claims = r.ClaimStances.Select(s => new ClaimStanceView(s, c.Number(s.Doc),
            s.Evidence.Count == 0 ? null : c.DocHref(s.Doc) + "?mark=" + s.Evidence[0].Start + "-" + s.Evidence[0].End + "#mark")).ToList();
        return new HypothesesView(r.Hypotheses, stances, ach, claims);
    }
}
