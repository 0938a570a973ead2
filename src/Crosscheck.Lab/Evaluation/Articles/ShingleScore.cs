using System.Text.RegularExpressions;

namespace Crosscheck.Lab.Evaluation.Articles;

/// <summary>One page's shingle counts, normalized so that a long page weighs no more than a short one.</summary>
public readonly record struct ShingleMatch(double TruePositives, double FalsePositives, double FalseNegatives);

/// <summary>
/// The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, evaluate.py): word 4-gram
/// shingles (words are runs of \w), counted with multiplicity; per page the true positives, false positives and false
/// negatives divided by their sum; precision and recall per page, averaged over the pages where each is defined; F1 of
/// the two averages.
/// </summary>
public static partial class ShingleScore
{
    public const int N = 4;

    public static ShingleMatch Match(string truth, string predicted)
    {
        Dictionary<string, int> t = Shingles(truth), p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (string key in t.Keys.Union(p.Keys))
        {
            int tc = t.GetValueOrDefault(key), pc = p.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fp += Math.Max(0, pc - tc);
            fn += Math.Max(0, tc - pc);
        }

        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    /// <summary>Precision and recall averaged over the pages, and the F1 of the two averages.</summary>
    public static (double Precision, double Recall, double F1) Average(IReadOnlyCollection<ShingleMatch> pages)
    {
        double[] precisions = [.. pages.Where(m => m.TruePositives + m.FalsePositives > 0).Select(m => m.TruePositives / (m.TruePositives + m.FalsePositives))];
        double[] recalls = [.. pages.Where(m => m.TruePositives + m.FalseNegatives > 0).Select(m => m.TruePositives / (m.TruePositives + m.FalseNegatives))];
        double precision = precisions.Length == 0 ? 0 : precisions.Average();
        double recall = recalls.Length == 0 ? 0 : recalls.Average();
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }

    /// <summary>The word 4-grams of the text with their counts (a text of fewer words is one shingle).</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        string[] words = [.. Word().Matches(text).Select(m => m.Value)];
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Math.Max(1, words.Length - N + 1); i++)
        {
            string[] gram = words[i..Math.Min(words.Length, i + N)];
            if (gram.Length > 0)
            {
                string key = string.Join('\u0001', gram);
                shingles[key] = shingles.GetValueOrDefault(key) + 1;
            }
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
