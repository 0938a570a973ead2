using System.IO.Compression;
using System.Reflection;

namespace Crosscheck.Extraction.Attributions;

/// <summary>
/// The learned attribution tagger: one linear-chain perceptron for sources and cues and one for
/// contents, over the same hashed <see cref="TokenFeatures"/>. Saved as a gzip binary; the model
/// trained on PolNeAR (<c>crosscheck train polnear</c>) is embedded as Resources/Models/attribution.model.
/// </summary>
public sealed class AttributionModel
{
    private const int Magic = 0x41545452; // "ATTR"
    private const int Version = 2;
    private static readonly Lazy<AttributionModel?> Embedded = new(LoadEmbedded);

    public AttributionModel(LinearChainPerceptron sourceCue, LinearChainPerceptron content)
    {
        ArgumentNullException.ThrowIfNull(sourceCue);
        ArgumentNullException.ThrowIfNull(content);
        if (sourceCue.Bits != content.Bits)
        {
            throw new ArgumentException("both layers must hash features into the same number of buckets");
        }

        SourceCue = sourceCue;
        Content = content;
    }

    /// <summary>The embedded PolNeAR model, or null when the assembly was built without one.</summary>
    public static AttributionModel? Default => Embedded.Value;

    public LinearChainPerceptron SourceCue { get; }

    public LinearChainPerceptron Content { get; }

    public int Bits => SourceCue.Bits;

    /// <summary>Sources, cues and contents found in the tokens, in text order.</summary>
    public IReadOnlyList<LabeledSpan> Tag(TaggerTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int[][] features = TokenFeatures.Extract(tokens, Bits);
        var sourceCue = new int[tokens.Count];
        var content = new int[tokens.Count];
        foreach ((int start, int end) in tokens.Lines())
        {
            SourceCue.Decode(features[start..end]).CopyTo(sourceCue, start);
        }

        int[][] stacked = StackedFeatures.Extend(tokens, features, sourceCue, Bits);
        foreach ((int start, int end) in tokens.Lines())
        {
            Content.Decode(stacked[start..end]).CopyTo(content, start);
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

        LinearChainPerceptron sourceCue = LinearChainPerceptron.Read(reader, AttributionTags.SourceCueAllowed);
        LinearChainPerceptron content = LinearChainPerceptron.Read(reader, AttributionTags.ContentAllowed);
        return new AttributionModel(sourceCue, content);
    }

    private static AttributionModel? LoadEmbedded()
    {
        Assembly assembly = typeof(AttributionModel).Assembly;
        string? name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".Models.attribution.model", StringComparison.Ordinal));
        if (name is null)
        {
            return null;
        }

        using Stream stream = assembly.GetManifestResourceStream(name)!;
        return Load(stream);
    }
}
