using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Crosscheck.Ingestion.Web;

/// <summary>
/// The fetched pages kept in a folder beside the store, so that a run can be repeated offline and a reader can see
/// exactly what was analyzed: per link, its body (<c>&lt;key&gt;.html</c>, <c>.pdf</c>, …) and a line of where it came from
/// (<c>&lt;key&gt;.source</c>: URL, URL after redirects, media type, time fetched, tab-separated). The key is a hash of the URL.
/// </summary>
public sealed class FetchCache(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>The kept copy of <paramref name="url"/>, or null.</summary>
    public FetchedPage? Get(string url)
    {
        string source = Path.Combine(Folder, Key(url) + ".source");
        if (!File.Exists(source))
        {
            return null;
        }

        string[] fields = File.ReadAllText(source, Encoding.UTF8).TrimEnd('\n').Split('\t');
        if (fields.Length < 4 || fields[0] != url)
        {
            return null;
        }

        string body = BodyPath(url, MediaTypes.Extension(fields[2]));
        return File.Exists(body)
            ? new FetchedPage(url, fields[1], fields[2], File.ReadAllBytes(body), DateTimeOffset.Parse(fields[3], CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>Keeps <paramref name="page"/> and returns the path of its body.</summary>
    public string Put(FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        string body = BodyPath(page.Url, page.Extension);
        File.WriteAllBytes(body, page.Body);
        File.WriteAllText(Path.Combine(Folder, Key(page.Url) + ".source"),
            string.Join('\t', page.Url, page.FinalUrl, page.MediaType, page.FetchedAt.ToString("O", CultureInfo.InvariantCulture)) + "\n", Encoding.UTF8);
        return body;
    }

    private string BodyPath(string url, string extension) => Path.Combine(Folder, Key(url) + extension);

    private static string Key(string url) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)).AsSpan(0, 8));
}
