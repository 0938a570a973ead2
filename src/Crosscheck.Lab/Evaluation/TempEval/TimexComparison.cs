namespace Crosscheck.Lab.Evaluation.TempEval;

/// <summary>A gold TIMEX3 and the system TIMEX3 paired with it by overlap.</summary>
public sealed record TimexPair(Timex Gold, Timex System)
{
    public bool SameExtent => Gold.SameExtent(System);

    public bool SameType => Gold.Type == System.Type;

    public bool SameValue => Gold.Value == System.Value;
}

/// <summary>The comparison of one document's system TIMEX3s with its gold ones: counts, pairs and misses.</summary>
/// <param name="Missed">Gold TIMEX3s that no system TIMEX3 overlaps.</param>
/// <param name="Spurious">System TIMEX3s that overlap no gold one.</param>
public sealed record TimexComparison(TempEvalScore Score, IReadOnlyList<TimexPair> Pairs, IReadOnlyList<Timex> Missed, IReadOnlyList<Timex> Spurious);
