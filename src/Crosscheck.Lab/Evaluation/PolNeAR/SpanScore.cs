namespace Crosscheck.Lab.Evaluation.PolNeAR;

/// <summary>Counts and precision, recall and F1 (in percent) of one label under one matching rule.</summary>
public sealed record SpanScore(string Label, int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanScore operator +(SpanScore a, SpanScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new SpanScore(a.Label, a.Matched + b.Matched, a.Predicted + b.Predicted, a.Gold + b.Gold);
    }
}
