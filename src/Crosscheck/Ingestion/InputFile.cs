using Crosscheck.Ingestion.Text;

namespace Crosscheck.Ingestion;

/// <summary>A file's bytes as read from disk, with its display name; <see cref="Decoded"/> is the bytes decoded without a declared charset.</summary>
internal sealed class InputFile(string name, byte[] bytes)
{
    private DecodedText? decoded;

    /// <summary>The name documents and problems are reported under (relative to the input path).</summary>
    public string Name { get; } = name;

    public byte[] Bytes { get; } = bytes;

    public string Extension => Path.GetExtension(Name).ToLowerInvariant();

    public DecodedText Decoded => decoded ??= TextDecoder.Decode(Bytes);

    /// <summary>The name of the n-th item (1-based or an id) of an archive or feed: "list.mbox#3".</summary>
    public string Item(string key) => $"{Name}#{key}";
}
