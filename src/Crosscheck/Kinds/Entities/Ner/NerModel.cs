using System.IO.Compression;
using Crosscheck.Learning;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Entities.Ner;

/// <summary>
/// The named-entity tagger (CoNLL-2003 types PER, ORG, LOC, MISC): two linear-chain perceptrons over hashed
/// <see cref="NerFeatures"/>; the second also reads the first one's tags over the whole document
/// (<see cref="NerStackedFeatures"/>). Saved as a gzip binary; the model trained on CoNLL-2003 eng.train
/// (<c>crosscheck train ner</c>) is embedded as Resources/Models/ner.model and loaded on first use.
/// </summary>
public sealed class NerModel
{
    private const int Magic = 0x4E45524D; // "NERM"
    private const int Version = 1;
    private static readonly Lazy<NerModel?> Embedded = new(LoadEmbedded);
    private readonly NerFeatures _features;

    public NerModel(LinearChainPerceptron first, LinearChainPerceptron? second)
    {
        ArgumentNullException.ThrowIfNull(first);
        if (second is not null && second.Bits != first.Bits)
        {
            throw new ArgumentException("both layers must hash features into the same number of buckets");
        }

        First = first;
        Second = second;
        _features = new NerFeatures(NerGazetteer.Instance, WordClusters.Default, first.Bits);
    }

    /// <summary>The embedded CoNLL-2003 model, or null when the assembly was built without one.</summary>
    public static NerModel? Default => Embedded.Value;

    public LinearChainPerceptron First { get; }

    /// <summary>The document-level layer, or null for a one-layer model.</summary>
    public LinearChainPerceptron? Second { get; }

    public int Bits => First.Bits;

    /// <summary>The entities of each sentence of one document (a document's sentences together: the tagger reads the whole document).</summary>
    public IReadOnlyList<IReadOnlyList<NerSpan>> Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [.. TagIndexes(sentences).Select(NerTags.Decode)];
    }

    /// <summary>The tag indexes (<see cref="NerTags"/>) of each word of each sentence of one document.</summary>
    public IReadOnlyList<int[]> TagIndexes(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int[][][] features = _features.Extract(sentences);
        int[][] first = [.. features.Select(x => First.Decode(x))];
        if (Second is null)
        {
            return first;
        }

        int[][][] stacked = NerStackedFeatures.Extend(sentences, features, first, Bits);
        return [.. stacked.Select(x => Second.Decode(x))];
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Second is not null);
        First.Write(writer);
        Second?.Write(writer);
    }

    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("not an entity tagger model of this version");
        }

        bool two = reader.ReadBoolean();
        LinearChainPerceptron first = LinearChainPerceptron.Read(reader, NerTags.Allowed);
        LinearChainPerceptron? second = two ? LinearChainPerceptron.Read(reader, NerTags.Allowed) : null;
        return new NerModel(first, second);
    }

    private static NerModel? LoadEmbedded()
    {
        using Stream? stream = Lexicon.TryOpen("Models/ner.model");
        return stream is null ? null : Load(stream);
    }
}
