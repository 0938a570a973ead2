using System.Text.Json;
using AngleSharp.Dom;

namespace Crosscheck.Ingestion.Html;

/// <summary>The article fields of a page's schema.org JSON-LD blocks (the first object with a headline or datePublished).</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Publisher, string? Url)
{
    private static readonly JsonLdArticle Empty = new(null, null, null, null, null);

    public static JsonLdArticle Find(IDocument doc)
    {
        foreach (IElement script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using JsonDocument json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement) is JsonLdArticle found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block says nothing; the meta tags still may.
            }
        }

        return Empty;
    }

    private static JsonLdArticle? FindArticle(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (JsonElement item in e.EnumerateArray())
                {
                    if (FindArticle(item) is JsonLdArticle a)
                    {
                        return a;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (e.TryGetProperty("@graph", out JsonElement graph))
                {
                    return FindArticle(graph);
                }

                string? headline = Text(e, "headline");
                string? date = Text(e, "datePublished");
                if (headline is null && date is null)
                {
                    return null;
                }

                string? url = Text(e, "url") ?? (e.TryGetProperty("mainEntityOfPage", out JsonElement page) ? (Text(page) ?? Text(page, "@id")) : null);
                return new JsonLdArticle(headline, Name(e, "author"), date, Name(e, "publisher"), url);
            default:
                return null;
        }
    }

    private static string? Name(JsonElement e, string property)
    {
        if (!e.TryGetProperty(property, out JsonElement value))
        {
            return null;
        }

        IEnumerable<JsonElement> items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        List<string> names = items.Select(i => Text(i) ?? Text(i, "name")).OfType<string>().Distinct().ToList();
        return names.Count == 0 ? null : HtmlMetadataReader.Person(string.Join(", ", names));
    }

    private static string? Text(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out JsonElement v) ? Text(v) : null;

    private static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? HtmlMetadataReader.Clean(e.GetString()) : null;
}
