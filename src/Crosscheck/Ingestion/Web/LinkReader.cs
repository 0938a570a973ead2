using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Ingestion.Web;

/// <summary>
/// Reads an input given as a link: its kept copy when there is one (unless a fetch is asked for again), else the page
/// fetched and kept; then read as a file of its media type, its documents carrying the URL they came from.
/// One per read; the fetcher is made on the first link.
/// </summary>
internal sealed class LinkReader(FetchSettings settings) : IDisposable
{
    private PageFetcher? _fetcher;

    public FormatResult? Read(string url, List<InputProblem> problems, List<InputProblem> notes, Func<InputFile, List<InputProblem>, FormatResult> readBytes)
    {
        FetchCache? cache = settings.CacheDir is null ? null : new FetchCache(settings.CacheDir);
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
