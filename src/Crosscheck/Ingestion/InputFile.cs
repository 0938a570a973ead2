using Crosscheck.Ingestion.Text;

namespace Crosscheck.Ingestion;

/// <summary>
/// A file's bytes as read from disk (or fetched), with its display name; <see cref="Decoded"/> is the bytes decoded without a
/// declared charset. <paramref name="extension"/> names the format when the name has no extension of its own (a link).
/// </summary>
internal sealed class InputFile(string name, byte[] bytes, string? extension = null)
{
    private DecodedText? decoded;

    /// <summary>The name documents and problems are reported under (relative to the input path).</summary>
    public string Name { get; } = name;

    public byte[] Bytes { get; } = bytes;

    public string Extension => extension ?? Path.GetExtension(Name).ToLowerInvariant();

    public DecodedText Decoded => decoded ??= TextDecoder.Decode(Bytes);

    /// <summary>The name of the n-th item (1-based or an id) of an archive or feed: "list.mbox#3".</summary>
    public string Item(string key) => $"{Name}#{key}";
}
