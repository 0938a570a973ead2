namespace Crosscheck.Ingestion.Web;

/// <summary>The media types a fetched body may have (web pages, text, feeds, PDF, Word, mail) and the extension each is read as.</summary>
internal static class MediaTypes
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/html"] = ".html",
        ["application/xhtml+xml"] = ".html",
        ["text/plain"] = ".txt",
        ["text/markdown"] = ".txt",
        ["application/rss+xml"] = ".xml",
        ["application/atom+xml"] = ".xml",
        ["application/xml"] = ".xml",
        ["text/xml"] = ".xml",
        ["application/pdf"] = ".pdf",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
        ["message/rfc822"] = ".eml",
        ["application/mbox"] = ".mbox",
        ["text/csv"] = ".csv",
        ["application/json"] = ".jsonl",
        ["application/x-ndjson"] = ".jsonl",
    };

    /// <summary>True when a body of this media type can be read.</summary>
    public static bool Readable(string mediaType) => Extensions.ContainsKey(mediaType);

    public static string Extension(string mediaType) => Extensions.GetValueOrDefault(mediaType, ".html");
}
