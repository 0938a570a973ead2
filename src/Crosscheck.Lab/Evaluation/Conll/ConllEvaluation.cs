using Crosscheck.Kinds.Entities.Ner;

namespace Crosscheck.Lab.Evaluation.Conll;

/// <summary>Runs the entity tagger over a CoNLL file, document by document, and scores it with conlleval's rules.</summary>
public static class ConllEvaluation
{
    /// <summary>The scorer over the whole file, and the predicted IOB1 tag of each token line (by line number).</summary>
    public static (ConllScorer Scorer, IReadOnlyDictionary<int, string> Predicted) Run(NerModel model, ConllFile file)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(file);
        var scorer = new ConllScorer();
        var predicted = new Dictionary<int, string>();
        foreach (ConllDocument doc in file.Documents)
        {
            IReadOnlyList<IReadOnlyList<NerSpan>> spans = model.Tag(doc.Words);
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                IReadOnlyList<ConllToken> sentence = doc.Sentences[s];
                string[] tags = Iob.Iob1(sentence.Count, spans[s]);
                scorer.Add([.. sentence.Select(t => t.Tag)], tags);
                for (int i = 0; i < sentence.Count; i++)
                {
                    predicted[sentence[i].Line] = tags[i];
                }
            }
        }

        return (scorer, predicted);
    }
}
