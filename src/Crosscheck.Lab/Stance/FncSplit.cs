namespace Crosscheck.Lab.Stance;

/// <summary>
/// Splits FNC-1 rows by body, as the official baseline does: a seeded shuffle of the distinct body ids
/// puts a fraction of the bodies (and every row of them) in the hold-out part, so no hold-out body is seen in training.
/// </summary>
public static class FncSplit
{
    public const int Seed = 1545;
    public const double HoldoutFraction = 0.2;

    /// <summary>The ids of the hold-out bodies among the bodies of <paramref name="pairs"/>.</summary>
    public static IReadOnlySet<int> HoldoutBodies(IEnumerable<FncPair> pairs, double fraction = HoldoutFraction, int seed = Seed)
    {
        int[] ids = pairs.Select(p => p.BodyId).Distinct().Order().ToArray();
        new Random(seed).Shuffle(ids);
        int training = (int)Math.Round(ids.Length * (1 - fraction));
        return ids.Skip(training).ToHashSet();
    }

    /// <summary>The hold-out headlines among the distinct headlines of <paramref name="pairs"/>.</summary>
    public static IReadOnlySet<string> HoldoutHeadlines(IEnumerable<FncPair> pairs, double fraction = HoldoutFraction, int seed = Seed)
    {
        string[] headlines = pairs.Select(p => p.Headline).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed + 1).Shuffle(headlines);
        return headlines.Skip((int)Math.Round(headlines.Length * (1 - fraction))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A harder split, closer to the competition test set (new claims and new bodies): a fraction of the bodies
    /// and, separately, of the distinct headlines are held out; the hold-out part is the rows whose body and
    /// headline are both held out, the training part those where neither is. Mixed rows are left out.
    /// </summary>
    public static (IReadOnlyList<FncPair> Training, IReadOnlyList<FncPair> Holdout) SplitByBodyAndHeadline(IReadOnlyList<FncPair> pairs, double fraction = HoldoutFraction, int seed = Seed)
    {
        IReadOnlySet<int> bodies = HoldoutBodies(pairs, fraction, seed);
        IReadOnlySet<string> held = HoldoutHeadlines(pairs, fraction, seed);
        return (pairs.Where(p => !bodies.Contains(p.BodyId) && !held.Contains(p.Headline)).ToList(),
            pairs.Where(p => bodies.Contains(p.BodyId) && held.Contains(p.Headline)).ToList());
    }

    /// <summary>
    /// Holds out whole claims: a seeded shuffle of the distinct headlines (ordinal order first) puts a fraction of them,
    /// with every row of each, in the hold-out part. Bodies are shared by both parts; no hold-out headline is seen in training.
    /// </summary>
    public static (IReadOnlyList<FncPair> Training, IReadOnlyList<FncPair> Holdout) SplitByHeadline(IReadOnlyList<FncPair> pairs, double fraction = HoldoutFraction, int seed = Seed)
    {
        IReadOnlySet<string> held = HoldoutHeadlines(pairs, fraction, seed);
        return (pairs.Where(p => !held.Contains(p.Headline)).ToList(), pairs.Where(p => held.Contains(p.Headline)).ToList());
    }

    /// <summary>The rows whose body is (or is not) among the hold-out bodies, in input order.</summary>
    public static (IReadOnlyList<FncPair> Training, IReadOnlyList<FncPair> Holdout) Split(IReadOnlyList<FncPair> pairs, double fraction = HoldoutFraction, int seed = Seed)
    {
        IReadOnlySet<int> holdout = HoldoutBodies(pairs, fraction, seed);
        return (pairs.Where(p => !holdout.Contains(p.BodyId)).ToList(), pairs.Where(p => holdout.Contains(p.BodyId)).ToList());
    }
}
