using System.Globalization;
using Crosscheck.Kinds.Entities.Ner;

namespace Crosscheck.Lab.Evaluation.Conll;

/// <summary>
/// conlleval's scores: a predicted entity is correct when a gold entity has exactly its words and its type;
/// precision, recall and F1 over all entities and per type, and the share of words whose tag is right.
/// Add one sentence at a time (gold tags, predicted tags, both IOB).
/// </summary>
public sealed class ConllScorer
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _byType = new(StringComparer.Ordinal);
    private int _tokens;
    private int _tokensRight;

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("gold and predicted tags differ in length");
        }

        _tokens += gold.Count;
        _tokensRight += gold.Zip(predicted).Count(x => x.First == x.Second);
        IReadOnlyList<NerSpan> g = Iob.Spans(gold);
        var p = Iob.Spans(predicted).ToHashSet();
        foreach (NerSpan s in g)
        {
            Bump(s.Type, 1, 0, p.Contains(s) ? 1 : 0);
        }

        foreach (NerSpan s in p)
        {
            Bump(s.Type, 0, 1, 0);
        }
    }

    public double Accuracy => _tokens == 0 ? 0 : (double)_tokensRight / _tokens;

    public ConllScore Overall => new("overall", _byType.Values.Sum(x => x.Gold), _byType.Values.Sum(x => x.Predicted), _byType.Values.Sum(x => x.Correct));

    /// <summary>The score of each type seen in gold or predictions, by name.</summary>
    public IReadOnlyList<ConllScore> ByType => [.. _byType.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => new ConllScore(x.Key, x.Value.Gold, x.Value.Predicted, x.Value.Correct))];

    /// <summary>The figures as conlleval prints them.</summary>
    public string Report()
    {
        ConllScore all = Overall;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"processed {_tokens} tokens with {all.Gold} phrases; found: {all.Predicted} phrases; correct: {all.Correct}."),
            string.Create(CultureInfo.InvariantCulture, $"accuracy: {100 * Accuracy,6:F2}%; precision: {100 * all.Precision,6:F2}%; recall: {100 * all.Recall,6:F2}%; FB1: {100 * all.F1,6:F2}"),
        };
        foreach (ConllScore s in ByType)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{s.Type,17}: precision: {100 * s.Precision,6:F2}%; recall: {100 * s.Recall,6:F2}%; FB1: {100 * s.F1,6:F2}  {s.Predicted}"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private void Bump(string type, int gold, int predicted, int correct)
    {
        (int g, int p, int c) = _byType.GetValueOrDefault(type);
        _byType[type] = (g + gold, p + predicted, c + correct);
    }
}
