namespace Crosscheck.Lab.Evaluation.NewsQuant;

/// <summary>
/// Scores predicted quantities against NewsQuant gold, sentence by sentence, by one-to-one matching.
/// <list type="bullet">
/// <item>Values match by <see cref="NewsQuantValue.Matches"/>: equal numbers (the tolerance of the CQE evaluation),
/// ranges only with ranges, both ends in the order written. A value that does not parse matches nothing.</item>
/// <item>Within a sentence, each gold quantity pairs with at most one prediction and each prediction with at most one
/// gold quantity (a multiset match). First every gold quantity, in order, takes the first free prediction with the same
/// value and the same change; then the remaining gold quantities take the first free prediction with the same value.
/// This gives the most value matches and, among those, the most with the right change.</item>
/// <item>Value: correct = matched pairs. Value + change: correct = matched pairs whose change labels are equal.
/// Precision = correct / predicted, recall = correct / gold, over the whole file.</item>
/// <item>Unit (extra figure): a matched pair whose normalized units are equal ignoring case, or end in the same word
/// ("dollar" and "australian dollar" do; "-" only matches "-").</item>
/// </list>
/// </summary>
public static class NewsQuantScorer
{
    public static NewsQuantScore Score(IReadOnlyList<NewsQuantSentence> gold, IReadOnlyList<NewsQuantSentence> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{predicted.Count} predicted sentences for {gold.Count} gold ones", nameof(predicted));
        }

        int goldTotal = 0, predictedTotal = 0, valueRight = 0, changeRight = 0, unitRight = 0;
        var errors = new List<NewsQuantError>();
        for (int s = 0; s < gold.Count; s++)
        {
            IReadOnlyList<NewsQuantQuantity> g = gold[s].Quantities;
            IReadOnlyList<NewsQuantQuantity> p = predicted[s].Quantities;
            goldTotal += g.Count;
            predictedTotal += p.Count;
            int[] pairOf = Match(g, p);
            var used = new bool[p.Count];
            for (int i = 0; i < g.Count; i++)
            {
                if (pairOf[i] < 0)
                {
                    errors.Add(new NewsQuantError(NewsQuantErrorKind.Missed, s, gold[s].Text, g[i], null));
                    continue;
                }

                NewsQuantQuantity q = p[pairOf[i]];
                used[pairOf[i]] = true;
                valueRight++;
                if (q.Change == g[i].Change)
                {
                    changeRight++;
                }
                else
                {
                    errors.Add(new NewsQuantError(NewsQuantErrorKind.WrongChange, s, gold[s].Text, g[i], q));
                }

                if (UnitsMatch(g[i].NormalizedUnit, q.NormalizedUnit))
                {
                    unitRight++;
                }
                else
                {
                    errors.Add(new NewsQuantError(NewsQuantErrorKind.WrongUnit, s, gold[s].Text, g[i], q));
                }
            }

            for (int j = 0; j < p.Count; j++)
            {
                if (!used[j])
                {
                    errors.Add(new NewsQuantError(NewsQuantErrorKind.Spurious, s, gold[s].Text, null, p[j]));
                }
            }
        }

        return new NewsQuantScore(
            new PrecisionRecall(valueRight, goldTotal, predictedTotal),
            new PrecisionRecall(changeRight, goldTotal, predictedTotal),
            unitRight,
            errors);
    }

    /// <summary>For each gold quantity, the index of its predicted partner or -1.</summary>
    private static int[] Match(IReadOnlyList<NewsQuantQuantity> gold, IReadOnlyList<NewsQuantQuantity> predicted)
    {
        NewsQuantValue?[] g = [.. gold.Select(q => NewsQuantValue.Parse(q.Value))];
        NewsQuantValue?[] p = [.. predicted.Select(q => NewsQuantValue.Parse(q.Value))];
        int[] pairOf = [.. Enumerable.Repeat(-1, gold.Count)];
        var taken = new bool[predicted.Count];
        foreach (bool sameChange in new[] { true, false })
        {
            for (int i = 0; i < gold.Count; i++)
            {
                if (pairOf[i] >= 0 || g[i] is not { } gv)
                {
                    continue;
                }

                for (int j = 0; j < predicted.Count; j++)
                {
                    if (!taken[j] && p[j] is { } pv && gv.Matches(pv) && (!sameChange || gold[i].Change == predicted[j].Change))
                    {
                        pairOf[i] = j;
                        taken[j] = true;
                        break;
                    }
                }
            }
        }

        return pairOf;
    }

    /// <summary>Equal ignoring case, or ending in the same word; "-" (no unit) matches only "-".</summary>
    public static bool UnitsMatch(string gold, string predicted)
    {
        string a = gold.Trim().ToLowerInvariant(), b = predicted.Trim().ToLowerInvariant();
        if (a == b)
        {
            return true;
        }

        if (a is "-" or "" || b is "-" or "")
        {
            return false;
        }

        return a.Split(' ')[^1] == b.Split(' ')[^1];
    }
}
