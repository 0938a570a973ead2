namespace Crosscheck.Lab.Evaluation.TempEval;

/// <summary>
/// The TIMEX3 counts of a TempEval-3 comparison and the figures its toolkit prints from them.
/// </summary>
/// <param name="Gold">Gold TIMEX3s.</param>
/// <param name="System">System TIMEX3s.</param>
/// <param name="Strict">System TIMEX3s with exactly the extent of a gold one.</param>
/// <param name="RelaxedGold">Gold TIMEX3s that overlap a system one (relaxed recall).</param>
/// <param name="RelaxedSystem">System TIMEX3s that overlap a gold one (relaxed precision).</param>
/// <param name="Matched">Gold–system pairs of overlapping TIMEX3s, each TIMEX3 in one pair at most.</param>
/// <param name="TypeCorrect">Pairs with the same type.</param>
/// <param name="ValueCorrect">Pairs with the same value.</param>
public sealed record TempEvalScore(int Gold, int System, int Strict, int RelaxedGold, int RelaxedSystem, int Matched, int TypeCorrect, int ValueCorrect)
{
    public static TempEvalScore Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public double StrictPrecision => Ratio(Strict, System);

    public double StrictRecall => Ratio(Strict, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedSystem, System);

    public double RelaxedRecall => Ratio(RelaxedGold, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Share of relaxed-matched pairs with the right type.</summary>
    public double TypeAccuracy => Ratio(TypeCorrect, Matched);

    /// <summary>Share of relaxed-matched pairs with the right value.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, Matched);

    /// <summary>What the toolkit prints as type F1: relaxed F1 times type accuracy.</summary>
    public double TypeF1 => RelaxedF1 * TypeAccuracy;

    /// <summary>What the toolkit prints as value F1: relaxed F1 times value accuracy.</summary>
    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    public static TempEvalScore operator +(TempEvalScore a, TempEvalScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Gold + b.Gold, a.System + b.System, a.Strict + b.Strict, a.RelaxedGold + b.RelaxedGold, a.RelaxedSystem + b.RelaxedSystem, a.Matched + b.Matched, a.TypeCorrect + b.TypeCorrect, a.ValueCorrect + b.ValueCorrect);
    }

    private static double Ratio(int n, int d) => d == 0 ? 0 : (double)n / d;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
