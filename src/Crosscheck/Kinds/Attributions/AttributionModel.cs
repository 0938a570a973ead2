using System.IO.Compression;
using Crosscheck.Learning;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// The learned attribution tagger, three linear-chain perceptrons over the same hashed
/// <see cref="TokenFeatures"/>: a first content tagger; the source/cue tagger, which also reads the first
/// content tags (<see cref="ContentStackedFeatures"/>); and the final content tagger, which reads the
/// source/cue tags (<see cref="StackedFeatures"/>). Saved as a gzip binary; the model
/// trained on PolNeAR (<c>crosscheck train polnear</c>) is embedded as Resources/Models/attribution.model.
/// </summary>
public sealed class AttributionModel
{
    private const int Magic = 0x41545452; // "ATTR"
    private const int Version = 4;
    private static readonly Lazy<AttributionModel?> Embedded = new(LoadEmbedded);

    public AttributionModel(LinearChainPerceptron firstContent, LinearChainPerceptron sourceCue, LinearChainPerceptron content)
    {
        ArgumentNullException.ThrowIfNull(firstContent);
        ArgumentNullException.ThrowIfNull(sourceCue);
        ArgumentNullException.ThrowIfNull(content);
        if (sourceCue.Bits != content.Bits || firstContent.Bits != content.Bits)
        {
            throw new ArgumentException("all layers must hash features into the same number of buckets");
        }

        FirstContent = firstContent;
        SourceCue = sourceCue;
        Content = content;
    }

    /// <summary>The embedded PolNeAR model, or null when the assembly was built without one.</summary>
    public static AttributionModel? Default => Embedded.Value;

    /// <summary>A first content tagger on the base features, whose tags the source/cue layer reads.</summary>
    public LinearChainPerceptron FirstContent { get; }

    public LinearChainPerceptron SourceCue { get; }

    public LinearChainPerceptron Content { get; }

    public int Bits => SourceCue.Bits;

    /// <summary>Added to the outside tag's score when decoding sources and cues (below 0 trades precision for recall; 0 by default: on PolNeAR dev a bias gained under half a point of F1).</summary>
    public float SourceCueOutsideBias { get; init; } = DefaultSourceCueOutsideBias;

    /// <summary>Added to the outside tag's score when decoding contents.</summary>
    public float ContentOutsideBias { get; init; } = DefaultContentOutsideBias;

    public const float DefaultSourceCueOutsideBias = 0;

    public const float DefaultContentOutsideBias = 0;

    /// <summary>Sources, cues and contents found in the tokens, in text order.</summary>
    public IReadOnlyList<LabeledSpan> Tag(TaggerTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int[][] features = TokenFeatures.Extract(tokens, Bits);
        var firstContent = new int[tokens.Count];
        var sourceCue = new int[tokens.Count];
        var content = new int[tokens.Count];
        foreach ((int start, int end) in tokens.Lines())
        {
            FirstContent.Decode(features[start..end]).CopyTo(firstContent, start);
        }

        int[][] withContent = ContentStackedFeatures.Extend(tokens, features, firstContent, Bits);
        foreach ((int start, int end) in tokens.Lines())
        {
            SourceCue.Decode(withContent[start..end], SourceCueOutsideBias).CopyTo(sourceCue, start);
        }

        int[][] stacked = StackedFeatures.Extend(tokens, features, sourceCue, Bits);
        foreach ((int start, int end) in tokens.Lines())
        {
            Content.Decode(stacked[start..end], ContentOutsideBias).CopyTo(content, start);
        }

        return AttributionTags.Decode(tokens, sourceCue, content);
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        FirstContent.Write(writer);
        SourceCue.Write(writer);
        Content.Write(writer);
    }

    public static AttributionModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("not an attribution model of this version");
        }

        LinearChainPerceptron firstContent = LinearChainPerceptron.Read(reader, AttributionTags.ContentAllowed);
        LinearChainPerceptron sourceCue = LinearChainPerceptron.Read(reader, AttributionTags.SourceCueAllowed);
        LinearChainPerceptron content = LinearChainPerceptron.Read(reader, AttributionTags.ContentAllowed);
        return new AttributionModel(firstContent, sourceCue, content);
    }

    private static AttributionModel? LoadEmbedded()
    {
        using Stream? stream = Lexicon.TryOpen("Models/attribution.model");
        return stream is null ? null : Load(stream);
    }
}
