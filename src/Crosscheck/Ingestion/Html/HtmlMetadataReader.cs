using System.Text.Json;
using AngleSharp.Dom;
using Crosscheck.Model;

namespace Crosscheck.Ingestion.Html;

/// <summary>
/// The metadata a page declares: Open Graph and article:* meta tags, author/date meta names,
/// schema.org JSON-LD (headline, author, datePublished, publisher), &lt;title&gt;, &lt;time datetime&gt;,
/// and the canonical link. Must run before chrome removal (JSON-LD lives in script elements).
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] DateNames =
        ["article:published_time", "datepublished", "og:published_time", "published_time", "pubdate", "publishdate", "date",
         "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published"];

    public static DeclaredMetadata Read(IDocument doc)
    {
        Dictionary<string, string> meta = MetaTags(doc);
        JsonLdArticle ld = JsonLdArticle.Find(doc);
        string? canonical = Attr(doc.QuerySelector("link[rel~=canonical]"), "href");
        string? url = Absolute(canonical) ?? Absolute(Get(meta, "og:url")) ?? Absolute(ld.Url);
        string? outlet = Get(meta, "og:site_name") ?? ld.Publisher ?? Get(meta, "application-name") ?? Domain(url);
        string? title = Get(meta, "og:title") ?? Get(meta, "twitter:title") ?? ld.Headline ?? StripSiteName(Clean(doc.Title), outlet)
            ?? Clean(doc.QuerySelector("h1")?.TextContent);
        string? author = Person(Get(meta, "author")) ?? Person(NotUrl(Get(meta, "article:author"))) ?? ld.Author
            ?? Person(Get(meta, "byl")) ?? Person(Get(meta, "dc.creator")) ?? Person(doc.QuerySelector("[itemprop=author]")?.TextContent)
            ?? Person(doc.QuerySelector("[rel=author]")?.TextContent);
        string? published = DateNames.Select(n => Get(meta, n)).FirstOrDefault(v => v is not null) ?? ld.DatePublished
            ?? Attr(doc.QuerySelector("[itemprop=datePublished]"), "datetime")
            ?? Attr(doc.QuerySelector("article time[datetime]") ?? doc.QuerySelector("time[datetime]"), "datetime");
        return new DeclaredMetadata
        {
            Title = title,
            Author = author,
            Published = MetadataDates.Read(published),
            Outlet = outlet,
            Url = url,
        };
    }

    private static Dictionary<string, string> MetaTags(IDocument doc)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (IElement m in doc.QuerySelectorAll("meta"))
        {
            string? key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            string? value = Clean(m.GetAttribute("content"));
            if (key is not null && value is not null)
            {
                tags.TryAdd(key.Trim(), value);
            }
        }

        return tags;
    }

    private static string? Get(Dictionary<string, string> tags, string key) => tags.GetValueOrDefault(key);

    private static string? Attr(IElement? e, string name) => Clean(e?.GetAttribute(name));

    internal static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string v = HtmlTextExtractor.Collapse(value);
        return v.Length == 0 ? null : v;
    }

    /// <summary>A person's name from a byline ("By Jane Doe" → "Jane Doe").</summary>
    internal static string? Person(string? value)
    {
        string? v = Clean(value);
        if (v is null)
        {
            return null;
        }

        if (v.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            v = v[3..].Trim();
        }

        return v.Length == 0 ? null : v;
    }

    private static string? NotUrl(string? value) =>
        value is not null && (value.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) ? null : value;

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out Uri? u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? url : null;

    internal static string? Domain(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out Uri? u))
        {
            return null;
        }

        string host = u.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>"Headline | Outlet" → "Headline" when the outlet is known.</summary>
    private static string? StripSiteName(string? title, string? outlet)
    {
        if (title is null || outlet is null)
        {
            return title;
        }

        foreach (string sep in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            int i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 0 && title[(i + sep.Length)..].Trim().Equals(outlet, StringComparison.OrdinalIgnoreCase))
            {
                return title[..i].Trim();
            }
        }

        return title;
    }
}
