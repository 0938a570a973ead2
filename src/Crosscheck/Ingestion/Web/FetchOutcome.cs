namespace Crosscheck.Ingestion.Web;

/// <summary>What fetching one link gave: the page, or the reason there is none (in the reader's words).</summary>
public sealed record FetchOutcome(FetchedPage? Page, string? Problem)
{
    public static FetchOutcome Failed(string reason) => new(null, reason);

    public static FetchOutcome Of(FetchedPage page) => new(page, null);
}
