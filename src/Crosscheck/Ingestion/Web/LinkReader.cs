using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Ingestion.Web;

/// <summary>
/// Reads an input given as a link: its kept copy when there is one (unless a fetch is asked for again), else the page
/// fetched and kept; then read as a file of its media type, its documents carrying the URL they came from. A feed given
/// by its link has the articles of its summary-only items fetched in turn (at most <see cref="MaxFeedArticles"/>), each
/// with a note when it cannot be, and then its summary is analyzed. One per read; the fetcher is made on the first link.
/// </summary>
internal sealed class LinkReader(FetchSettings settings) : IDisposable
{
    private readonly FetchCache? _cache = settings.CacheDir is null ? null : new FetchCache(settings.CacheDir);
    private PageFetcher? _fetcher;

    /// <summary>A feed item with fewer words than this is a summary: its article is fetched from the item's link.</summary>
    internal const int SummaryWords = 120;

    /// <summary>At most this many articles are fetched for the items of one feed.</summary>
    internal const int MaxFeedArticles = 100;

    public FormatResult? Read(string url, List<InputProblem> problems, List<InputProblem> notes, Func<InputFile, List<InputProblem>, FormatResult> readBytes)
    {
        FormatResult? read = ReadPage(url, problems, notes, readBytes);
        if (read is null || !read.Items.Any(i => i.Format == SourceFormat.Feed))
        {
            return read;
        }

        // A feed given by its link: the items that carry only a summary are read from their articles.
        int fetched = 0;
        var items = new List<ReadItem>();
        foreach (ReadItem item in read.Items)
        {
            bool summary = item.Format == SourceFormat.Feed && item.Meta.Url is { } link && WebInput.IsUrl(link) && Words(item.Text) < SummaryWords;
            if (!summary || fetched >= MaxFeedArticles)
            {
                items.Add(item);
                continue;
            }

            fetched++;
            var articleProblems = new List<InputProblem>();
            ReadItem? article = ReadPage(item.Meta.Url!, articleProblems, notes, readBytes)?.Items.FirstOrDefault(a => Words(a.Text) > Words(item.Text));
            if (article is null)
            {
                string why = articleProblems.FirstOrDefault()?.Reason ?? "it holds no longer text";
                notes.Add(new InputProblem(item.File, $"its article {item.Meta.Url} was not read ({why}); the feed's summary is analyzed"));
                items.Add(item);
                continue;
            }

            items.Add(article with
            {
                Meta = article.Meta with
                {
                    Title = article.Meta.Title ?? item.Meta.Title,
                    Author = article.Meta.Author ?? item.Meta.Author,
                    Published = article.Meta.Published ?? item.Meta.Published,
                    Outlet = article.Meta.Outlet ?? item.Meta.Outlet,
                },
            });
        }

        return read with { Items = items };
    }

    private FormatResult? ReadPage(string url, List<InputProblem> problems, List<InputProblem> notes, Func<InputFile, List<InputProblem>, FormatResult> readBytes)
    {
        FetchCache? cache = _cache;
        FetchedPage? page = settings.Refetch ? null : Kept(cache, url, notes);
        if (page is not null)
        {
            notes.Add(new InputProblem(url, string.Create(CultureInfo.InvariantCulture,
                $"read from the copy fetched {page.FetchedAt:yyyy-MM-dd HH:mm} UTC and kept in {cache!.Folder}; give --refetch to fetch it again")));
        }
        else
        {
            FetchOutcome outcome = (_fetcher ??= new PageFetcher(settings)).Fetch(url);
            if (outcome.Page is null)
            {
                problems.Add(new InputProblem(url, outcome.Problem ?? "could not be fetched"));
                return null;
            }

            page = outcome.Page;
            Keep(cache, page, notes);
        }

        FormatResult read = readBytes(new InputFile(url, page.Body, page.Extension), notes);
        return read with { Items = [.. read.Items.Select(i => i.Meta.Url is null ? i with { Meta = i.Meta with { Url = page.FinalUrl } } : i)] };
    }

    public void Dispose() => _fetcher?.Dispose();

    private static int Words(string text) => text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static FetchedPage? Kept(FetchCache? cache, string url, List<InputProblem> notes)
    {
        try
        {
            return cache?.Get(url);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            notes.Add(new InputProblem(url, $"its kept copy could not be read ({e.Message}); fetched again"));
            return null;
        }
    }

    private static void Keep(FetchCache? cache, FetchedPage page, List<InputProblem> notes)
    {
        try
        {
            cache?.Put(page);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add(new InputProblem(page.Url, $"fetched, but no copy could be kept in {cache!.Folder} ({e.Message}); a later run will fetch it again"));
        }
    }
}
