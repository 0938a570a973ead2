namespace Crosscheck.Ingestion.Web;

/// <summary>A fetched link: the bytes of its body, the URL they came from after redirects, their media type, and when.</summary>
public sealed record FetchedPage(string Url, string FinalUrl, string MediaType, byte[] Body, DateTimeOffset FetchedAt)
{
    /// <summary>The file extension that names the body's format for the readers.</summary>
    public string Extension => MediaTypes.Extension(MediaType);
}
