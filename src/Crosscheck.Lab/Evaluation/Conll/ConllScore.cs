namespace Crosscheck.Lab.Evaluation.Conll;

/// <summary>Counts of one entity type (or all): gold spans, predicted spans and exactly matching ones.</summary>
public sealed record ConllScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
