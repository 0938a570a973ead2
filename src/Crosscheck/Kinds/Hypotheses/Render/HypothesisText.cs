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

/// <summary>The words of the hypotheses section, shared by the HTML and Markdown reports.</summary>
public static class HypothesisText
{
    public const string Explanation =
        "Articles on one story often disagree: on what happened (a claim and the denials it meets — \"Denied or disputed\", a counterclaim), " +
        "and on competing explanations of an event — who carried it out, who helped, what let it happen. " +
        "This section lists those hypotheses (found in the text, or added by you), shows where each source stands on each, " +
        "and then weighs them with the Analysis of Competing Hypotheses (ACH), a method analysts use so as not to settle on the first story that fits. " +
        "ACH does not count what supports a hypothesis, since much evidence fits several explanations at once; it counts what speaks against it. " +
        "Each claim in the articles is a row and each hypothesis a column: a cell says the claim is very consistent (CC), consistent (C), neutral (N), " +
        "inconsistent (I) or very inconsistent (II) with the hypothesis, or not applicable (NA). " +
        "A party speaking about itself (a group claiming an attack, a government denying a role) is flagged as self-interested, and such claims, " +
        "like claims the text says come without evidence, count for less. " +
        "Among the hypotheses with enough evidence to weigh, the one with the lowest inconsistency score has the fewest reasons against it; one with no or almost no evidence reads \"not enough evidence\", never best. That is not proof: the cells come from an automatic " +
        "reading of the text, so open a claim's sentence before you rely on it.";

    public const string ScoreHelp =
        "Weighted inconsistency: each I counts 1 and each II counts 2, multiplied by the claim's credibility and relevance " +
        "(high ×1.41, medium ×1, low ×0.71); C, CC, N and NA count nothing. Lower means fewer reasons to reject the hypothesis. " +
        "Diagnosticity (0–1) says how much a claim tells the hypotheses apart: 0 when it rates them all alike.";

    /// <summary>"supports", "rejects", "reports" (tells of a claim without taking a side), "absent" (not mentioned).</summary>
    public static string StanceLabel(string stance) => stance switch
    {
        "supports" => "supports",
        "rejects" => "rejects",
        "reports" => "reports",
        "absent" => "not mentioned",
        _ => stance.Replace('_', ' '),
    };

    /// <summary>The meaning of an ACH cell code.</summary>
    public static string CellLabel(string code) => code switch
    {
        "CC" => "very consistent",
        "C" => "consistent",
        "N" => "neutral",
        "I" => "inconsistent",
        "II" => "very inconsistent",
        _ => "not applicable",
    };

    public static string Holder(string? holder) => holder ?? "the article";

    /// <summary>"police (a.txt), the article (b.txt) and 3 more": who is on one side of a contest.</summary>
    public static string Side(IReadOnlyList<ReportStance> side, Func<ReportStance, string> name, int max = 4)
    {
        ArgumentNullException.ThrowIfNull(side);
        ArgumentNullException.ThrowIfNull(name);
        string shown = string.Join(", ", side.Take(max).Select(name));
        return side.Count > max ? $"{shown} and {side.Count - max} more" : shown;
    }

    /// <summary>
    /// The holders on one side, each article named once after the holders read in it ("Alder, the council (City Post, …)"),
    /// at most <paramref name="max"/> holders, then "and N more".
    /// </summary>
    public static string SideByDocument(IReadOnlyList<ReportStance> side, Func<string?, string> holder, Func<string, string> document, int max = 4)
    {
        ArgumentNullException.ThrowIfNull(side);
        string shown = string.Join(", ", side.Take(max).GroupBy(s => s.Doc, StringComparer.Ordinal)
            .Select(g => $"{string.Join(", ", g.Select(s => holder(s.Holder)))} ({document(g.Key)})"));
        return side.Count > max ? $"{shown} and {side.Count - max} more" : shown;
    }

    /// <summary>A hypothesis that some sources support and others reject, with the stances on each side (one per holder and document).</summary>
    public sealed record Contest(ReportHypothesis Hypothesis, IReadOnlyList<ReportStance> Supporting, IReadOnlyList<ReportStance> Rejecting);

    /// <summary>Hypotheses with at least one supporting and one rejecting stance (any holder), most disputed first.</summary>
    public static IReadOnlyList<Contest> Contested(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = new List<Contest>();
        foreach (ReportHypothesis h in report.Hypotheses)
        {
            var mine = report.Stances.Where(s => s.Hypothesis == h.Id).ToList();
            List<ReportStance> supporting = [.. mine.Where(s => s.Stance == "supports").DistinctBy(s => (s.Doc, s.Holder))];
            List<ReportStance> rejecting = [.. mine.Where(s => s.Stance == "rejects").DistinctBy(s => (s.Doc, s.Holder))];
            if (supporting.Count > 0 && rejecting.Count > 0)
            {
                result.Add(new Contest(h, supporting, rejecting));
            }
        }

        return [.. result.OrderByDescending(c => Math.Min(c.Supporting.Count, c.Rejecting.Count)).ThenByDescending(c => c.Supporting.Count + c.Rejecting.Count)];
    }
}
