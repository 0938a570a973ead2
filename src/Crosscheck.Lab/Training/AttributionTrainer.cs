using Crosscheck.Kinds.Attributions;
using Crosscheck.Learning;

namespace Crosscheck.Lab.Training;

/// <summary>
/// Trains the <see cref="AttributionModel"/> from texts with gold attribution spans (PolNeAR train):
/// both tag layers are averaged perceptrons over the same features, trained for a fixed number of
/// epochs in a seeded order, so the same data gives the same model byte for byte.
/// </summary>
public sealed class AttributionTrainer
{
    public const int DefaultBits = 18;
    public const int DefaultEpochs = 10;
    public const int DefaultSourceCueEpochs = 20;
    public const int DefaultSeed = 20181;

    public int Bits { get; init; } = DefaultBits;

    /// <summary>Passes over the data for the two content layers.</summary>
    public int Epochs { get; init; } = DefaultEpochs;

    /// <summary>Passes over the data for the source/cue layer (on PolNeAR dev it gains from more passes than the content layers, which lose).</summary>
    public int SourceCueEpochs { get; init; } = DefaultSourceCueEpochs;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Called after each epoch with the layer name, the epoch and the token errors in it.</summary>
    public Action<string, int, int>? Progress { get; init; }

    /// <summary>
    /// Trains the four layers in order. Each stacked layer learns from the tags of the layer it reads as
    /// that layer predicts them on unseen text: the tags of each document come from a copy trained on the
    /// other half of the documents (two-fold jackknife). At tagging time the full-data layers are used.
    /// </summary>
    public AttributionModel Train(IEnumerable<(string Text, IReadOnlyList<LabeledSpan> Gold)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var docs = new List<Doc>();
        foreach ((string text, IReadOnlyList<LabeledSpan> gold) in documents)
        {
            TaggerTokens tokens = TaggerTokens.Of(text);
            (int[] goldSourceCue, int[] goldContent) = AttributionTags.Encode(tokens, gold);
            docs.Add(new Doc(tokens, TokenFeatures.Extract(tokens, Bits), goldSourceCue, goldContent));
        }

        // Layer 1: content on the base features.
        LinearChainPerceptron firstContent = TrainLayer(docs, d => d.Features, d => d.Content, AttributionTags.ContentTags, AttributionTags.ContentAllowed, "content 1", Epochs);
        List<int[]> firstContentTags = Jackknife(docs, d => d.Features, d => d.Content, AttributionTags.ContentTags, AttributionTags.ContentAllowed, "content 1", Epochs);
        var withContent = docs.Select((d, k) => ContentStackedFeatures.Extend(d.Tokens, d.Features, firstContentTags[k], Bits)).ToList();

        // Layer 2: sources and cues, reading layer 1's tags.
        var byDoc = docs.Select((d, k) => (d, k)).ToDictionary(x => x.d, x => x.k);
        LinearChainPerceptron firstSourceCue = TrainLayer(docs, d => withContent[byDoc[d]], d => d.SourceCue, AttributionTags.SourceCueTags, AttributionTags.SourceCueAllowed, "source/cue", Epochs);
        List<int[]> sourceCueTags = Jackknife(docs, d => withContent[byDoc[d]], d => d.SourceCue, AttributionTags.SourceCueTags, AttributionTags.SourceCueAllowed, "source/cue", Epochs);
        var withSourceCue = docs.Select((d, k) => StackedFeatures.Extend(d.Tokens, withContent[k], sourceCueTags[k], Bits)).ToList();

        // Layer 3: content again, reading layer 2's tags.
        LinearChainPerceptron content = TrainLayer(docs, d => withSourceCue[byDoc[d]], d => d.Content, AttributionTags.ContentTags, AttributionTags.ContentAllowed, "content", Epochs);
        List<int[]> contentTags = Jackknife(docs, d => withSourceCue[byDoc[d]], d => d.Content, AttributionTags.ContentTags, AttributionTags.ContentAllowed, "content", Epochs);
        var withFinalContent = docs.Select((d, k) => ContentStackedFeatures.Extend(d.Tokens, d.Features, contentTags[k], Bits)).ToList();

        // Layer 4: sources and cues again, reading layer 3's tags.
        LinearChainPerceptron sourceCue = TrainLayer(docs, d => withFinalContent[byDoc[d]], d => d.SourceCue, AttributionTags.SourceCueTags, AttributionTags.SourceCueAllowed, "source/cue 2", SourceCueEpochs);
        return new AttributionModel(firstContent, firstSourceCue, content, sourceCue);
    }

    private List<int[]> Jackknife(List<Doc> docs, Func<Doc, int[][]> features, Func<Doc, int[]> tags, int tagCount, Func<int, int, bool> allowed, string name, int epochs)
    {
        LinearChainPerceptron[] halves =
        [
            TrainLayer([.. docs.Where((_, k) => k % 2 == 1)], features, tags, tagCount, allowed, name + " (even half held out)", epochs),
            TrainLayer([.. docs.Where((_, k) => k % 2 == 0)], features, tags, tagCount, allowed, name + " (odd half held out)", epochs),
        ];
        var predicted = new List<int[]>();
        for (int k = 0; k < docs.Count; k++)
        {
            int[][] x = features(docs[k]);
            var result = new int[docs[k].Tokens.Count];
            foreach ((int start, int end) in docs[k].Tokens.Lines())
            {
                halves[k % 2].Decode(x[start..end]).CopyTo(result, start);
            }

            predicted.Add(result);
        }

        return predicted;
    }

    private LinearChainPerceptron TrainLayer(List<Doc> docs, Func<Doc, int[][]> features, Func<Doc, int[]> tags, int tagCount, Func<int, int, bool> allowed, string name, int epochs)
    {
        var data = new List<(int[][] Features, int[] Tags)>();
        foreach (Doc d in docs)
        {
            int[][] x = features(d);
            int[] y = tags(d);
            foreach ((int start, int end) in d.Tokens.Lines())
            {
                data.Add((x[start..end], y[start..end]));
            }
        }

        var tagger = new LinearChainPerceptron(tagCount, Bits, allowed);
        tagger.Train(data, epochs, Seed, (e, errors) => Progress?.Invoke(name, e, errors));
        return tagger;
    }

    private sealed record Doc(TaggerTokens Tokens, int[][] Features, int[] SourceCue, int[] Content);
}
