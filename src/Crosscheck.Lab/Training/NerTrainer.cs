using Crosscheck.Kinds.Entities.Ner;
using Crosscheck.Lab.Evaluation.Conll;
using Crosscheck.Learning;

namespace Crosscheck.Lab.Training;

/// <summary>
/// Trains the <see cref="NerModel"/> on CoNLL documents: the first layer is an averaged perceptron over
/// <see cref="NerFeatures"/>; the second reads the first layer's tags over the document
/// (<see cref="NerStackedFeatures"/>) as that layer predicts them on unseen text: the tags of each document come
/// from a copy of the first layer trained on the other half of the documents (two-fold jackknife). Sentences are
/// visited in a seeded order for a fixed number of epochs, so the same data gives the same model byte for byte.
/// </summary>
public sealed class NerTrainer
{
    public const int DefaultBits = 20;
    public const int DefaultEpochs = 10;
    public const int DefaultSeed = 2003;

    public int Bits { get; init; } = DefaultBits;

    public int Epochs { get; init; } = DefaultEpochs;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Whether to train the document-level second layer.</summary>
    public bool Stacked { get; init; } = true;

    /// <summary>Called after each epoch with the layer name, the epoch and the token errors in it.</summary>
    public Action<string, int, int>? Progress { get; init; }

    public NerModel Train(IReadOnlyList<ConllDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var features = new NerFeatures(NerGazetteer.Instance, WordClusters.Default, Bits);
        var docs = documents.Select(d =>
        {
            IReadOnlyList<IReadOnlyList<string>> words = d.Words;
            int[][] gold = [.. d.Sentences.Select(s => NerTags.Encode(s.Count, Iob.Spans([.. s.Select(t => t.Tag)])))];
            return new Doc(words, features.Extract(words), gold);
        }).ToList();

        LinearChainPerceptron first = TrainLayer(docs, d => d.Features, "layer 1");
        if (!Stacked)
        {
            return new NerModel(first, null);
        }

        LinearChainPerceptron[] halves =
        [
            TrainLayer([.. docs.Where((_, k) => k % 2 == 1)], d => d.Features, "layer 1 (even half held out)"),
            TrainLayer([.. docs.Where((_, k) => k % 2 == 0)], d => d.Features, "layer 1 (odd half held out)"),
        ];
        var stacked = new Dictionary<Doc, int[][][]>();
        for (int k = 0; k < docs.Count; k++)
        {
            Doc d = docs[k];
            int[][] tags = [.. d.Features.Select(x => halves[k % 2].Decode(x))];
            stacked[d] = NerStackedFeatures.Extend(d.Words, d.Features, tags, Bits);
        }

        LinearChainPerceptron second = TrainLayer(docs, d => stacked[d], "layer 2");
        return new NerModel(first, second);
    }

    private LinearChainPerceptron TrainLayer(List<Doc> docs, Func<Doc, int[][][]> features, string name)
    {
        var data = new List<(int[][] Features, int[] Tags)>();
        foreach (Doc d in docs)
        {
            int[][][] x = features(d);
            for (int s = 0; s < x.Length; s++)
            {
                data.Add((x[s], d.Gold[s]));
            }
        }

        var tagger = new LinearChainPerceptron(NerTags.Count, Bits, NerTags.Allowed);
        tagger.Train(data, Epochs, Seed, (e, errors) => Progress?.Invoke(name, e, errors));
        return tagger;
    }

    private sealed record Doc(IReadOnlyList<IReadOnlyList<string>> Words, int[][][] Features, int[][] Gold);
}
