namespace Crosscheck.Cleaning;

/// <summary>What the clean stage decided a line of a document is.</summary>
internal enum LineRole
{
    /// <summary>Article text: kept in the cleaned body.</summary>
    Body,

    /// <summary>Empty or whitespace only.</summary>
    Blank,

    /// <summary>Site chrome: navigation, labels, credits, pitches, footers.</summary>
    Chrome,

    Title,

    Subtitle,

    /// <summary>A byline or a closing author bio.</summary>
    Byline,

    /// <summary>A line that only gives the publication date.</summary>
    Dateline,
}
