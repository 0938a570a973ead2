namespace Crosscheck.Model;

/// <summary>
/// A cleaned document: the article body without site chrome, and the metadata found for it.
/// All finding spans index into <see cref="Text"/>.
/// </summary>
public sealed record Document
{
    public required string Id { get; init; }

    public required string File { get; init; }

    public required SourceFormat Format { get; init; }

    public required string Text { get; init; }

    /// <summary>Offset in <see cref="Text"/> where the body starts: before it stand the article's head lines (title, subtitle, byline, dateline).</summary>
    public int BodyStart { get; init; }

    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public string? Author { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    /// <summary>The publication date as the input writes it ("Mar 28", "April 01, 2024"), if found.</summary>
    public string? PublishedText { get; init; }

    /// <summary>Publication date, if known.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>True when part of <see cref="Published"/> (usually the year) was inferred rather than read.</summary>
    public bool PublishedInferred { get; init; }

    /// <summary>The date relative expressions are resolved against: the publication date, or one inferred.</summary>
    public PartialDate? ReferenceDate { get; init; }

    public bool ReferenceInferred { get; init; }

    /// <summary>How an inferred <see cref="ReferenceDate"/> was found, in words for the reader; null when it was read.</summary>
    public string? ReferenceBasis { get; init; }

    /// <summary>Lines removed as site chrome, kept so that a reader can check the cleaner.</summary>
    public IReadOnlyList<string> RemovedLines { get; init; } = [];
}
