namespace Crosscheck.Model;

/// <summary>The format a document was read from.</summary>
public enum SourceFormat
{
    PlainText,
    Html,
    Email,
    Feed,
    JsonLines,
    Csv,
    Pdf,
    Docx,
}

/// <summary>
/// A document as read from its file, before cleaning: decoded text plus whatever metadata the
/// container itself declares (e-mail headers, feed fields, JSON Lines fields, HTML meta tags).
/// </summary>
/// <param name="Id">Hash of the decoded content; the same content read twice has the same id.</param>
/// <param name="File">Name relative to the input path it was found under (with "#n" for the n-th item of an archive or feed).</param>
/// <param name="Format">The container format.</param>
/// <param name="Text">The decoded body text (HTML already reduced to text blocks, one per line).</param>
/// <param name="Meta">Metadata declared by the container.</param>
public sealed record SourceDocument(string Id, string File, SourceFormat Format, string Text, DeclaredMetadata Meta);

/// <summary>Metadata a container declares; null where it says nothing.</summary>
public sealed record DeclaredMetadata
{
    public static DeclaredMetadata None { get; } = new();

    public string? Title { get; init; }

    public string? Author { get; init; }

    /// <summary>The publication date the container declares, read by the ingestion (<c>Ingestion/MetadataDates</c>).</summary>
    public WrittenDate? Published { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }
}
