namespace Crosscheck.Lab.Evaluation.NewsQuant;

/// <summary>Tags each gold sentence with <see cref="NewsQuantTagger"/> and scores the result.</summary>
public static class NewsQuantEvaluation
{
    /// <summary>The predicted sentences (in input order) and their score against <paramref name="gold"/>.</summary>
    public static (IReadOnlyList<NewsQuantSentence> Predicted, NewsQuantScore Score) Run(IReadOnlyList<NewsQuantSentence> gold)
    {
        NewsQuantSentence[] predicted = [.. gold.Select(s => NewsQuantTagger.Tag(s.Text))];
        return (predicted, NewsQuantScorer.Score(gold, predicted));
    }
}
