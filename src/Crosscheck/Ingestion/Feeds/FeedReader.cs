using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Crosscheck.Ingestion.Html;
using Crosscheck.Ingestion.Text;
using Crosscheck.Model;

namespace Crosscheck.Ingestion.Feeds;

/// <summary>
/// RSS (2.0 and 1.0) and Atom feeds: one document per item or entry, named "feed.xml#n" (1-based).
/// Text from content:encoded, content, description or summary (HTML reduced to text blocks); title,
/// author (author, dc:creator), date (pubDate, published, updated, dc:date) as ISO, link as URL,
/// and the channel's or feed's title as outlet.
/// </summary>
internal sealed partial class FeedReader : IFormatReader
{
    public InputFormat Format => InputFormat.Feed;

    public FormatResult Read(InputFile file)
    {
        string declared = XmlEncoding().Match(System.Text.Encoding.Latin1.GetString(file.Bytes, 0, Math.Min(file.Bytes.Length, 200))) is { Success: true } m ? m.Groups[1].Value : "";
        string xml = HtmlEntities.ToNumeric(TextDecoder.Decode(file.Bytes, declared.Length > 0 ? declared : null).Text);
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return FormatResult.Failed(file.Name, $"feed is not well-formed XML (line {e.LineNumber}: {FirstSentence(e.Message)})");
        }

        XElement? root = doc.Root;
        if (root is null)
        {
            return FormatResult.Failed(file.Name, "feed has no root element");
        }

        bool atom = root.Name.LocalName == "feed";
        XElement? channel = atom ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        string? outlet = Child(channel, "title") is XElement t ? FeedText.Of(t) : null;
        string? feedAuthor = atom ? Author(root) : null;
        List<XElement> entries = root.Descendants().Where(e => e.Name.LocalName == (atom ? "entry" : "item")).ToList();
        if (entries.Count == 0)
        {
            return FormatResult.Failed(file.Name, atom ? "Atom feed has no entry" : "RSS feed has no item");
        }

        var items = new List<ReadItem>();
        var problems = new List<InputProblem>();
        for (int i = 0; i < entries.Count; i++)
        {
            XElement entry = entries[i];
            string name = file.Item((i + 1).ToString(CultureInfo.InvariantCulture));
            string? text = Body(entry);
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new InputProblem(name, "feed item has no text, skipped"));
                continue;
            }

            var meta = new DeclaredMetadata
            {
                Title = Child(entry, "title") is XElement title ? FeedText.Of(title) : null,
                Author = Author(entry) ?? feedAuthor,
                Published = MetadataDates.Read(FirstValue(entry, "pubDate", "published", "date", "issued", "updated", "modified")),
                Outlet = outlet,
                Url = Link(entry),
            };
            items.Add(new ReadItem(name, SourceFormat.Feed, text, meta));
        }

        return new FormatResult(items, problems);
    }

    private static string? Body(XElement entry)
    {
        XElement? best = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded")
            ?? entry.Elements().FirstOrDefault(e => e.Name.LocalName == "content" && e.Attribute("src") is null)
            ?? Child(entry, "description")
            ?? Child(entry, "summary");
        return best is null ? null : FeedText.Of(best, blocks: true);
    }

    private static string? Author(XElement entry)
    {
        foreach (XElement e in entry.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "author" when e.HasElements:
                    return Clean(Child(e, "name")?.Value);
                case "author":
                    return RssAuthor(e.Value);
                case "creator":
                    return Clean(e.Value);
            }
        }

        return null;
    }

    /// <summary>RSS author is an e-mail address, often with the name in parentheses: "jane@example.org (Jane Doe)".</summary>
    private static string? RssAuthor(string value)
    {
        string v = value.Trim();
        int open = v.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0 && v.EndsWith(')'))
        {
            return Clean(v[(open + 1)..^1]);
        }

        return Clean(v);
    }

    private static string? Link(XElement entry)
    {
        foreach (XElement e in entry.Elements().Where(e => e.Name.LocalName == "link"))
        {
            string? rel = e.Attribute("rel")?.Value;
            if (e.Attribute("href") is XAttribute href && (rel is null || rel == "alternate"))
            {
                return Clean(href.Value);
            }

            if (e.Attribute("href") is null && Clean(e.Value) is string url)
            {
                return url;
            }
        }

        return Clean(Child(entry, "guid")?.Value) is string guid && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid : null;
    }

    private static string? FirstValue(XElement entry, params string[] names)
    {
        foreach (string n in names)
        {
            if (Clean(Child(entry, n)?.Value) is string v)
            {
                return v;
            }
        }

        return null;
    }

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Clean(string? s) => HtmlMetadataReader.Clean(s);

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }

    [GeneratedRegex(@"<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9._-]+)[""']")]
    private static partial Regex XmlEncoding();
}
