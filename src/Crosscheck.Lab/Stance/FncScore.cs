using Crosscheck.Kinds.Claims.Stance;

namespace Crosscheck.Lab.Stance;

/// <summary>
/// The FNC-1 figures of a set of predictions: the weighted score (+0.25 for a right "unrelated",
/// +0.25 when gold and prediction are both related, +0.75 more when the related label is exact),
/// the 4×4 confusion matrix (rows gold, columns predicted, in <see cref="StanceLabel"/> order), and per-class F1.
/// </summary>
public sealed class FncScore
{
    private readonly int[,] confusion = new int[4, 4];

    /// <summary>The weighted score of the predictions.</summary>
    public double Score { get; private set; }

    /// <summary>The score of predicting every gold label exactly.</summary>
    public double MaxScore { get; private set; }

    public double Percent => MaxScore > 0 ? 100 * Score / MaxScore : 0;

    public int Count { get; private set; }

    public static FncScore Of(IEnumerable<(StanceLabel Gold, StanceLabel Predicted)> pairs)
    {
        var s = new FncScore();
        foreach ((StanceLabel gold, StanceLabel predicted) in pairs)
        {
            s.Add(gold, predicted);
        }

        return s;
    }

    public void Add(StanceLabel gold, StanceLabel predicted)
    {
        confusion[(int)gold, (int)predicted]++;
        Count++;
        bool goldRelated = gold != StanceLabel.Unrelated, predictedRelated = predicted != StanceLabel.Unrelated;
        MaxScore += goldRelated ? 1.0 : 0.25;
        if (gold == predicted)
        {
            Score += 0.25;
        }

        if (goldRelated && predictedRelated)
        {
            Score += 0.25;
            if (gold == predicted)
            {
                // The 0.25 for an exact label was added above; a related exact match earns 0.75 in all.
                Score += 0.5;
            }
        }
    }

    /// <summary>Rows with gold label <paramref name="gold"/> predicted as <paramref name="predicted"/>.</summary>
    public int Confusion(StanceLabel gold, StanceLabel predicted) => confusion[(int)gold, (int)predicted];

    public double Precision(StanceLabel label)
    {
        int predicted = 0;
        for (int g = 0; g < 4; g++)
        {
            predicted += confusion[g, (int)label];
        }

        return predicted == 0 ? 0 : (double)confusion[(int)label, (int)label] / predicted;
    }

    public double Recall(StanceLabel label)
    {
        int gold = 0;
        for (int p = 0; p < 4; p++)
        {
            gold += confusion[(int)label, p];
        }

        return gold == 0 ? 0 : (double)confusion[(int)label, (int)label] / gold;
    }

    public double F1(StanceLabel label)
    {
        double p = Precision(label), r = Recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>The unweighted mean of the four classes' F1.</summary>
    public double MacroF1 => StanceLabels.All.Average(F1);

    public double Accuracy => Count == 0 ? 0 : Enumerable.Range(0, 4).Sum(i => confusion[i, i]) / (double)Count;

    /// <summary>The figures as printed by the CLI: score, macro-F1, per-class P/R/F1, confusion matrix.</summary>
    public string Format()
    {
        var w = new StringWriter();
        w.WriteLine($"rows            {Count}");
        w.WriteLine($"FNC score       {Score:0.##} of {MaxScore:0.##} = {Percent:0.00}%");
        w.WriteLine($"macro-F1        {MacroF1:0.0000}");
        w.WriteLine($"accuracy        {Accuracy:0.0000}");
        w.WriteLine();
        w.WriteLine("class        precision  recall      F1   gold");
        foreach (StanceLabel l in StanceLabels.All)
        {
            int gold = Enumerable.Range(0, 4).Sum(p => confusion[(int)l, p]);
            w.WriteLine($"{StanceLabels.Name(l),-12} {Precision(l),9:0.0000} {Recall(l),7:0.0000} {F1(l),7:0.0000} {gold,6}");
        }

        w.WriteLine();
        w.WriteLine("confusion (rows gold, columns predicted)");
        w.WriteLine($"{"",-12}" + string.Concat(StanceLabels.All.Select(l => $"{StanceLabels.Name(l),11}")));
        foreach (StanceLabel g in StanceLabels.All)
        {
            w.WriteLine($"{StanceLabels.Name(g),-12}" + string.Concat(StanceLabels.All.Select(p => $"{Confusion(g, p),11}")));
        }

        return w.ToString();
    }
}
