using System.Xml.Linq;
using Crosscheck.Ingestion.Html;

namespace Crosscheck.Ingestion.Feeds;

/// <summary>The text of a feed element: Atom type="xhtml" markup, escaped or CDATA HTML, or plain text.</summary>
internal static class FeedText
{
    public static string? Of(XElement e, bool blocks = false)
    {
        string type = e.Attribute("type")?.Value.ToLowerInvariant() ?? "";
        string text;
        if (type == "xhtml" || e.HasElements)
        {
            string inner = string.Concat(e.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            text = HtmlTextExtractor.FragmentToText(inner);
        }
        else if (type is "html" or "text/html" || (type != "text" && (HtmlTextExtractor.LooksLikeHtml(e.Value) || e.Value.Contains('&', StringComparison.Ordinal))))
        {
            text = HtmlTextExtractor.FragmentToText(e.Value);
        }
        else
        {
            text = e.Value;
        }

        if (!blocks)
        {
            text = HtmlTextExtractor.Collapse(text);
        }

        text = text.Trim();
        return text.Length == 0 ? null : text;
    }
}
