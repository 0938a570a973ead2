using Crosscheck.Extraction.Attributions;

namespace Crosscheck.Training;

/// <summary>
/// Trains the <see cref="AttributionModel"/> from texts with gold attribution spans (PolNeAR train):
/// both tag layers are averaged perceptrons over the same features, trained for a fixed number of
/// epochs in a seeded order, so the same data gives the same model byte for byte.
/// </summary>
public sealed class AttributionTrainer
{
    public const int DefaultBits = 19;
    public const int DefaultEpochs = 10;
    public const int DefaultSeed = 20181;

    public int Bits { get; init; } = DefaultBits;

    public int Epochs { get; init; } = DefaultEpochs;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Called after each epoch with the layer name, the epoch and the token errors in it.</summary>
    public Action<string, int, int>? Progress { get; init; }

    /// <summary>
    /// Trains the source/cue layer on all documents, and the content layer on features stacked on
    /// source/cue tags that a source/cue layer trained on the other half of the documents predicted
    /// (two-fold jackknife), so that the content layer learns from tags as good as those it will see.
    /// </summary>
    public AttributionModel Train(IEnumerable<(string Text, IReadOnlyList<LabeledSpan> Gold)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var docs = new List<(TaggerTokens Tokens, int[][] Features, int[] SourceCue, int[] Content)>();
        foreach ((string text, IReadOnlyList<LabeledSpan> gold) in documents)
        {
            TaggerTokens tokens = TaggerTokens.Of(text);
            (int[] sourceCue, int[] content) = AttributionTags.Encode(tokens, gold);
            docs.Add((tokens, TokenFeatures.Extract(tokens, Bits), sourceCue, content));
        }

        LinearChainPerceptron sourceCueTagger = TrainSourceCue(docs, "source/cue");
        LinearChainPerceptron[] halves =
        [
            TrainSourceCue(docs.Where((_, k) => k % 2 == 1), "source/cue (even half held out)"),
            TrainSourceCue(docs.Where((_, k) => k % 2 == 0), "source/cue (odd half held out)"),
        ];
        var layer2 = new List<(int[][] Features, int[] Tags)>();
        for (int k = 0; k < docs.Count; k++)
        {
            (TaggerTokens tokens, int[][] features, _, int[] content) = docs[k];
            int[] predicted = DecodeLines(halves[k % 2], tokens, features);
            int[][] stacked = StackedFeatures.Extend(tokens, features, predicted, Bits);
            foreach ((int start, int end) in tokens.Lines())
            {
                layer2.Add((stacked[start..end], content[start..end]));
            }
        }

        var contentTagger = new LinearChainPerceptron(AttributionTags.ContentTags, Bits, AttributionTags.ContentAllowed);
        contentTagger.Train(layer2, Epochs, Seed, (e, errors) => Progress?.Invoke("content", e, errors));
        return new AttributionModel(sourceCueTagger, contentTagger);
    }

    private LinearChainPerceptron TrainSourceCue(IEnumerable<(TaggerTokens Tokens, int[][] Features, int[] SourceCue, int[] Content)> docs, string name)
    {
        var data = new List<(int[][] Features, int[] Tags)>();
        foreach ((TaggerTokens tokens, int[][] features, int[] sourceCue, _) in docs)
        {
            foreach ((int start, int end) in tokens.Lines())
            {
                data.Add((features[start..end], sourceCue[start..end]));
            }
        }

        var tagger = new LinearChainPerceptron(AttributionTags.SourceCueTags, Bits, AttributionTags.SourceCueAllowed);
        tagger.Train(data, Epochs, Seed, (e, errors) => Progress?.Invoke(name, e, errors));
        return tagger;
    }

    private static int[] DecodeLines(LinearChainPerceptron tagger, TaggerTokens tokens, int[][] features)
    {
        var tags = new int[tokens.Count];
        foreach ((int start, int end) in tokens.Lines())
        {
            tagger.Decode(features[start..end]).CopyTo(tags, start);
        }

        return tags;
    }
}
