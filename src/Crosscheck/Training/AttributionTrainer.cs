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
    public const int DefaultEpochs = 8;
    public const int DefaultSeed = 20181;

    public int Bits { get; init; } = DefaultBits;

    public int Epochs { get; init; } = DefaultEpochs;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Called after each epoch with the layer name, the epoch and the token errors in it.</summary>
    public Action<string, int, int>? Progress { get; init; }

    public AttributionModel Train(IEnumerable<(string Text, IReadOnlyList<LabeledSpan> Gold)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var layer1 = new List<(int[][] Features, int[] Tags)>();
        var layer2 = new List<(int[][] Features, int[] Tags)>();
        foreach ((string text, IReadOnlyList<LabeledSpan> gold) in documents)
        {
            TaggerTokens tokens = TaggerTokens.Of(text);
            int[][] features = TokenFeatures.Extract(tokens, Bits);
            (int[] sourceCue, int[] content) = AttributionTags.Encode(tokens, gold);
            layer1.Add((features, sourceCue));
            layer2.Add((features, content));
        }

        var sourceCueTagger = new LinearChainPerceptron(AttributionTags.SourceCueTags, Bits, AttributionTags.SourceCueAllowed);
        sourceCueTagger.Train(layer1, Epochs, Seed, (e, errors) => Progress?.Invoke("source/cue", e, errors));
        var contentTagger = new LinearChainPerceptron(AttributionTags.ContentTags, Bits, AttributionTags.ContentAllowed);
        contentTagger.Train(layer2, Epochs, Seed, (e, errors) => Progress?.Invoke("content", e, errors));
        return new AttributionModel(sourceCueTagger, contentTagger);
    }
}
