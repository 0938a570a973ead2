using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Ingestion.Documents;

/// <summary>The metadata a document file declares in its own properties (PDF information, Word package properties).</summary>
internal static class DocumentProperties
{
    /// <summary>Title and author when not blank; the creation day as the publication date.</summary>
    public static DeclaredMetadata Metadata(string? title, string? author, DateTimeOffset? created) => new()
    {
        Title = Blank(title),
        Author = Blank(author),
        Published = created is { } c ? MetadataDates.Read(c.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
