namespace Crosscheck.Ingestion.Web;

/// <summary>
/// How inputs given as links (http and https URLs) are fetched: where the fetched copies are kept so that a run can be
/// repeated offline, whether private and loopback addresses may be reached, and the limits of one fetch.
/// </summary>
public sealed record FetchSettings
{
    /// <summary>No folder to keep copies in: every link is fetched, nothing is kept.</summary>
    public static FetchSettings Default { get; } = new();

    /// <summary>The folder fetched pages are kept in (with an index of where each came from), or null to keep none.</summary>
    public string? CacheDir { get; init; }

    /// <summary>Fetch again even when a kept copy exists.</summary>
    public bool Refetch { get; init; }

    /// <summary>Allow loopback, private, link-local and other non-public addresses (off by default: a link must not reach into the analyst's own network).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>The whole fetch of one link, redirects included, must end within this time.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>At most this many redirects are followed.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>A response body larger than this is refused (the limit of a file on disk).</summary>
    public long MaxBytes { get; init; } = InputReader.MaxFileBytes;
}
