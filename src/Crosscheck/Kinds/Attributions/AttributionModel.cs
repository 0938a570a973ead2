using System.IO.Compression;
using Crosscheck.Learning;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// The learned attribution tagger, four linear-chain perceptrons over the same hashed
/// <see cref="TokenFeatures"/>: a first content tagger; a first source/cue tagger, which also reads the first
/// content tags (<see cref="ContentStackedFeatures"/>); the final content tagger, which reads those source/cue tags
/// (<see cref="StackedFeatures"/>); and the final source/cue tagger, which reads the final content tags. Saved as a gzip binary; the model
/// trained on PolNeAR (<c>crosscheck train polnear</c>) is embedded as Resources/Models/attribution.model.
/// </summary>
public sealed class AttributionModel
{
    private const int Magic = 0x41545452; // "ATTR"
    private const int Version = 5;
    private static readonly Lazy<AttributionModel?> Embedded = new(LoadEmbedded);

    public AttributionModel(LinearChainPerceptron firstContent, LinearChainPerceptron firstSourceCue, LinearChainPerceptron content, LinearChainPerceptron sourceCue)
    {
        ArgumentNullException.ThrowIfNull(firstContent);
        ArgumentNullException.ThrowIfNull(firstSourceCue);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sourceCue);
        if (sourceCue.Bits != content.Bits || firstContent.Bits != content.Bits || firstSourceCue.Bits != content.Bits)
        {
            throw new ArgumentException("all layers must hash features into the same number of buckets");
        }

        FirstContent = firstContent;
        FirstSourceCue = firstSourceCue;
        Content = content;
        SourceCue = sourceCue;
    }

    /// <summary>The embedded PolNeAR model, or null when the assembly was built without one.</summary>
    public static AttributionModel? Default => Embedded.Value;

    /// <summary>A first content tagger on the base features, whose tags the source/cue layer reads.</summary>
    public LinearChainPerceptron FirstContent { get; }

    /// <summary>A first source/cue tagger, reading the first content tags; the final content tagger reads its tags.</summary>
    public LinearChainPerceptron FirstSourceCue { get; }

    /// <summary>The final source/cue tagger, reading the final content tags.</summary>
    public LinearChainPerceptron SourceCue { get; }

    public LinearChainPerceptron Content { get; }

    public int Bits => SourceCue.Bits;

    /// <summary>Added to the outside tag's score when decoding sources and cues (below 0 trades precision for recall; 0 by default: on PolNeAR dev a bias gained under half a point of F1).</summary>
    public float SourceCueOutsideBias { get; init; } = DefaultSourceCueOutsideBias;

    /// <summary>Added to the outside tag's score when decoding contents.</summary>
    public float ContentOutsideBias { get; init; } = DefaultContentOutsideBias;

    /// <summary>Whether the decoded tags are repaired (<see cref="SourceRepair"/>, <see cref="ContentRepair"/>); on by default.</summary>
    public bool Repair { get; init; } = true;

    public const float DefaultSourceCueOutsideBias = 0;

    public const float DefaultContentOutsideBias = 0;

    /// <summary>Sources, cues and contents found in the tokens, in text order.</summary>
    public IReadOnlyList<LabeledSpan> Tag(TaggerTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int[][] features = TokenFeatures.Extract(tokens, Bits);
        var firstContent = new int[tokens.Count];
        var firstSourceCue = new int[tokens.Count];
        var content = new int[tokens.Count];
        var sourceCue = new int[tokens.Count];
        foreach ((int start, int end) in tokens.Lines())
        {
            FirstContent.Decode(features[start..end]).CopyTo(firstContent, start);
        }

        int[][] withContent = ContentStackedFeatures.Extend(tokens, features, firstContent, Bits);
        foreach ((int start, int end) in tokens.Lines())
        {
            FirstSourceCue.Decode(withContent[start..end]).CopyTo(firstSourceCue, start);
        }

        int[][] stacked = StackedFeatures.Extend(tokens, withContent, firstSourceCue, Bits);
        foreach ((int start, int end) in tokens.Lines())
        {
            Content.Decode(stacked[start..end], ContentOutsideBias).CopyTo(content, start);
        }

        int[][] withFinalContent = ContentStackedFeatures.Extend(tokens, features, content, Bits);
        foreach ((int start, int end) in tokens.Lines())
        {
            SourceCue.Decode(withFinalContent[start..end], SourceCueOutsideBias).CopyTo(sourceCue, start);
        }

        if (!Repair)
        {
            return AttributionTags.Decode(tokens, sourceCue, content);
        }

        int[] repairedSourceCue = SourceRepair.Apply(tokens, sourceCue, content);
        return AttributionTags.Decode(tokens, repairedSourceCue, ContentRepair.Apply(tokens, repairedSourceCue, content));
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        FirstContent.Write(writer);
        FirstSourceCue.Write(writer);
        Content.Write(writer);
        SourceCue.Write(writer);
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
        LinearChainPerceptron firstSourceCue = LinearChainPerceptron.Read(reader, AttributionTags.SourceCueAllowed);
        LinearChainPerceptron content = LinearChainPerceptron.Read(reader, AttributionTags.ContentAllowed);
        LinearChainPerceptron sourceCue = LinearChainPerceptron.Read(reader, AttributionTags.SourceCueAllowed);
        return new AttributionModel(firstContent, firstSourceCue, content, sourceCue);
    }

    private static AttributionModel? LoadEmbedded()
    {
        using Stream? stream = Lexicon.TryOpen("Models/attribution.model");
        return stream is null ? null : Load(stream);
    }
}
