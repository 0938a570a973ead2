namespace Crosscheck.Lab.Evaluation.NewsQuant;

/// <summary>Precision, recall and F1 (as fractions, 0–1) of one matched count against gold and predicted totals.</summary>
public sealed record PrecisionRecall(int Correct, int Gold, int Predicted)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>"P 91.2  R 88.0  F1 89.6" in percent with one decimal.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"P {100 * Precision,5:0.0}  R {100 * Recall,5:0.0}  F1 {100 * F1,5:0.0}  ({Correct} right of {Gold} gold, {Predicted} predicted)");
}

/// <summary>What went wrong with one quantity: missed, predicted but not in the gold, or right value with the wrong change or unit.</summary>
public enum NewsQuantErrorKind
{
    Missed,
    Spurious,
    WrongChange,
    WrongUnit,
}

/// <summary>One error of a NewsQuant evaluation, with its sentence.</summary>
/// <param name="Gold">The gold quantity (null for a spurious one).</param>
/// <param name="Predicted">The predicted quantity (null for a missed one).</param>
public sealed record NewsQuantError(NewsQuantErrorKind Kind, int Sentence, string Text, NewsQuantQuantity? Gold, NewsQuantQuantity? Predicted);

/// <summary>The figures of a NewsQuant evaluation.</summary>
/// <param name="Value">A predicted quantity is right when its value matches a gold one's.</param>
/// <param name="ValueChange">… and its change label is the same too.</param>
/// <param name="UnitMatched">Of the value matches, how many also have the gold unit (an extra figure).</param>
public sealed record NewsQuantScore(PrecisionRecall Value, PrecisionRecall ValueChange, int UnitMatched, IReadOnlyList<NewsQuantError> Errors)
{
    /// <summary>Unit accuracy on the value matches (0–1).</summary>
    public double UnitAccuracy => Value.Correct == 0 ? 0 : (double)UnitMatched / Value.Correct;
}
