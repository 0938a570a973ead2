using System.Globalization;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Reporting;

namespace Crosscheck.Kinds.Hypotheses.Render;

/// <summary>Where a hypothesis stands in the ACH matrix, in the analyst's terms.</summary>
/// <param name="Hypothesis">Hypothesis id.</param>
/// <param name="Evidence">Claims that take a side on it (a C, CC, I or II cell).</param>
/// <param name="Supporting">Documents with a claim consistent with it.</param>
/// <param name="Rejecting">Documents with a claim inconsistent with it.</param>
/// <param name="Inconsistency">The matrix's weighted inconsistency score.</param>
/// <param name="Enough">Whether the evidence is enough to weigh it (see <see cref="AchReading.MinEvidence"/>).</param>
public sealed record AchStanding(string Hypothesis, int Evidence, int Supporting, int Rejecting, double Inconsistency, bool Enough);

/// <summary>
/// Reads the ACH matrix for a reader: which hypothesis the evidence favours and why, in one sentence, and which
/// hypotheses have too little evidence to weigh. A low inconsistency score means few reasons to reject a hypothesis
/// only when there were claims that could have rejected it: a hypothesis with no or almost no evidence reads
/// "not enough evidence" and is never favoured. Shared by report.md, report.html, the console and the workspace.
/// </summary>
public static class AchReading
{
    /// <summary>The fewest claims taking a side on a hypothesis (from at least <see cref="MinSources"/> documents) to weigh it.</summary>
    public const int MinEvidence = 3;

    /// <summary>The fewest documents those claims must come from.</summary>
    public const int MinSources = 2;

    public const string NotEnough = "not enough evidence";

    public const string Help =
        "A hypothesis with fewer than 3 claims taking a side on it, or with such claims in only one article, reads \"not enough evidence\": " +
        "no evidence against it is not evidence for it.";

    /// <summary>The standing of each hypothesis of the matrix, in the matrix's order.</summary>
    public static IReadOnlyList<AchStanding> Standings(ReportAch ach)
    {
        ArgumentNullException.ThrowIfNull(ach);
        var scores = ach.Scores.ToDictionary(s => s.Hypothesis);
        return [.. ach.Hypotheses.Select(id =>
        {
            var sided = ach.Rows.Where(r => r.Cells.GetValueOrDefault(id, "NA") is "C" or "CC" or "I" or "II").ToList();
            int supporting = sided.Where(r => r.Cells[id] is "C" or "CC").Select(r => r.Doc).Distinct().Count();
            int rejecting = sided.Where(r => r.Cells[id] is "I" or "II").Select(r => r.Doc).Distinct().Count();
            int sources = sided.Select(r => r.Doc).Distinct().Count();
            double score = scores.TryGetValue(id, out ReportAchScore? s) ? s.Inconsistency : 0;
            return new AchStanding(id, sided.Count, supporting, rejecting, score, sided.Count >= MinEvidence && sources >= MinSources);
        })];
    }

    /// <summary>The hypotheses with enough evidence, the fewest reasons to reject first (then the most support).</summary>
    public static IReadOnlyList<AchStanding> Ranked(ReportAch ach) =>
        [.. Standings(ach).Where(s => s.Enough).OrderBy(s => s.Inconsistency).ThenByDescending(s => s.Supporting).ThenByDescending(s => s.Evidence)];

    /// <summary>The hypothesis the evidence favours: the lowest score among those with enough evidence, when another is weighed too.</summary>
    public static AchStanding? Favoured(ReportAch ach)
    {
        var ranked = Ranked(ach);
        return ranked.Count >= 2 && ranked[0].Inconsistency < ranked[1].Inconsistency ? ranked[0] : null;
    }

    /// <summary>The score cell: "20.97" or "not enough evidence".</summary>
    public static string Score(AchStanding s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Enough ? s.Inconsistency.ToString("0.##", CultureInfo.InvariantCulture) : NotEnough;
    }

    /// <summary>
    /// One sentence: "The evidence favours h2 (…): 3 sources support it and none rejects it; h1 (…) is rejected by 4 of 5 sources."
    /// </summary>
    public static string Verdict(ReportAch ach, IReadOnlyList<ReportHypothesis> hypotheses, int documents)
    {
        ArgumentNullException.ThrowIfNull(ach);
        ArgumentNullException.ThrowIfNull(hypotheses);
        string Named(string id) => hypotheses.FirstOrDefault(h => h.Id == id) is { } h ? $"{id} ({ReportFormat.Shorten(h.Text, 90)})" : id;
        var ranked = Ranked(ach);
        if (ranked.Count == 0)
        {
            return $"The evidence favours no hypothesis: none has enough evidence to weigh ({MinEvidence} claims taking a side on it, from {MinSources} articles or more).";
        }

        if (ranked.Count == 1)
        {
            return $"Only {Named(ranked[0].Hypothesis)} has enough evidence to weigh ({Sides(ranked[0])}); the others have too little to compare it with.";
        }

        if (Favoured(ach) is not { } best)
        {
            var tied = ranked.TakeWhile(s => s.Inconsistency == ranked[0].Inconsistency).ToList();
            return $"The evidence favours none of {string.Join(" and ", tied.Select(s => s.Hypothesis))} over the others: they have as many reasons against them ({string.Join("; ", tied.Select(s => $"{s.Hypothesis}: {Sides(s)}"))}).";
        }

        AchStanding next = ranked[1];
        return $"The evidence favours {Named(best.Hypothesis)}: {Sides(best)}; " +
            $"the next, {Named(next.Hypothesis)}, is {Against(next, documents)}.";
    }

    // "3 sources support it and none rejects it".
    private static string Sides(AchStanding s) =>
        $"{Sources(s.Supporting)} {(s.Supporting == 1 ? "supports" : "support")} it and {(s.Rejecting == 0 ? "none rejects" : $"{Count(s.Rejecting)} {(s.Rejecting == 1 ? "rejects" : "reject")}")} it";

    // "rejected by 4 of 5 sources (supported by 2)".
    private static string Against(AchStanding s, int documents) =>
        s.Rejecting == 0
            ? $"rejected by no source (supported by {Sources(s.Supporting)}) but has a higher weighted score"
            : $"rejected by {Count(s.Rejecting)} of {Sources(Math.Max(documents, s.Rejecting))}" + (s.Supporting == 0 ? string.Empty : $" (supported by {Count(s.Supporting)})");

    private static string Sources(int n) => n == 1 ? "1 source" : $"{Count(n)} sources";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
