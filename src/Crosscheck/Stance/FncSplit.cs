namespace Crosscheck.Stance;

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

    /// <summary>The rows whose body is (or is not) among the hold-out bodies, in input order.</summary>
    public static (IReadOnlyList<FncPair> Training, IReadOnlyList<FncPair> Holdout) Split(IReadOnlyList<FncPair> pairs, double fraction = HoldoutFraction, int seed = Seed)
    {
        IReadOnlySet<int> holdout = HoldoutBodies(pairs, fraction, seed);
        return (pairs.Where(p => !holdout.Contains(p.BodyId)).ToList(), pairs.Where(p => holdout.Contains(p.BodyId)).ToList());
    }
}
