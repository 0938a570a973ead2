namespace Crosscheck.Lab.Evaluation.TempEval;

/// <summary>
/// Scores system TIMEX3s against gold ones as the TempEval-3 toolkit does: strict match is the same
/// extent, relaxed match any overlap; type and value are compared on relaxed-matched pairs, and their
/// F1 is the relaxed F1 times the share of pairs whose attribute is right.
/// </summary>
public static class TempEvalScorer
{
    public static TimexComparison Compare(IReadOnlyList<Timex> gold, IReadOnlyList<Timex> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        int strict = system.Count(s => gold.Any(s.SameExtent));
        int relaxedSystem = system.Count(s => gold.Any(s.Overlaps));
        int relaxedGold = gold.Count(g => system.Any(g.Overlaps));

        // One-to-one pairs, exact extents first, then the largest overlap.
        var candidates = new List<(Timex Gold, Timex System, int Overlap, bool Exact)>();
        foreach (Timex g in gold)
        {
            foreach (Timex s in system.Where(g.Overlaps))
            {
                candidates.Add((g, s, Math.Min(g.End, s.End) - Math.Max(g.Start, s.Start), g.SameExtent(s)));
            }
        }

        var pairs = new List<TimexPair>();
        var usedGold = new HashSet<Timex>(ReferenceEqualityComparer.Instance);
        var usedSystem = new HashSet<Timex>(ReferenceEqualityComparer.Instance);
        foreach (var c in candidates.OrderByDescending(c => c.Exact).ThenByDescending(c => c.Overlap).ThenBy(c => c.Gold.Start))
        {
            if (!usedGold.Contains(c.Gold) && !usedSystem.Contains(c.System))
            {
                usedGold.Add(c.Gold);
                usedSystem.Add(c.System);
                pairs.Add(new TimexPair(c.Gold, c.System));
            }
        }

        pairs.Sort((a, b) => a.Gold.Start.CompareTo(b.Gold.Start));
        var score = new TempEvalScore(
            gold.Count,
            system.Count,
            strict,
            relaxedGold,
            relaxedSystem,
            pairs.Count,
            pairs.Count(p => p.SameType),
            pairs.Count(p => p.SameValue));
        return new TimexComparison(
            score,
            pairs,
            [.. gold.Where(g => !system.Any(g.Overlaps))],
            [.. system.Where(s => !gold.Any(s.Overlaps))]);
    }
}
