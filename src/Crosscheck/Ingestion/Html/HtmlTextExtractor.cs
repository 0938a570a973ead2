using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Crosscheck.Ingestion.Html;

/// <summary>
/// Reduces HTML to the article's text, one block (paragraph, heading, list item, table row) per line,
/// in document order. Chrome is removed first (<see cref="ChromeRules"/>); when the page marks its
/// article (articleBody, a single &lt;article&gt;, &lt;main&gt;) only that part is read; blocks whose text
/// is mostly links are dropped.
/// </summary>
internal static partial class HtmlTextExtractor
{
    /// <summary>Share of a candidate article root's text in the whole body's text for it to be used as the root.</summary>
    private const double MinRootShare = 0.25;

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>True when a field's text is HTML markup rather than plain text.</summary>
    public static bool LooksLikeHtml(string text) => MarkupTag().IsMatch(text);

    /// <summary>The text of an HTML fragment (a feed item's content, a CSV cell): chrome removed, no article selection.</summary>
    public static string FragmentToText(string html)
    {
        IDocument doc = Parse(html);
        if (doc.Body is not IElement body)
        {
            return "";
        }

        RemoveChrome(body);
        return new BlockWriter().Write(body);
    }

    /// <summary>The text of an article's HTML as an article extractor gives it (no chrome removal, no root selection).</summary>
    public static string ArticleToText(string html)
    {
        IDocument doc = Parse(html);
        return doc.Body is IElement body ? new BlockWriter().Write(body) : "";
    }

    /// <summary>The text with the page's headline (its first h1) above it, unless the text already starts with it.</summary>
    public static string WithHeadline(string text, IDocument page)
    {
        if (page.Body?.QuerySelector("h1") is IElement h1)
        {
            string headline = Collapse(h1.TextContent);
            if (headline.Length > 0 && !text.StartsWith(headline, StringComparison.Ordinal))
            {
                return headline + "\n" + text;
            }
        }

        return text;
    }

    /// <summary>The article text of a whole page.</summary>
    public static string DocumentToText(IDocument doc)
    {
        if (doc.Body is not IElement body)
        {
            return doc.DocumentElement?.TextContent ?? "";
        }

        RemoveChrome(body);
        IElement root = ChooseRoot(body);
        string text = new BlockWriter().Write(root);
        if (root != body && root.QuerySelector("h1") is null && body.QuerySelector("h1") is IElement h1)
        {
            string headline = Collapse(h1.TextContent);
            if (headline.Length > 0 && !text.StartsWith(headline, StringComparison.Ordinal))
            {
                text = headline + "\n" + text;
            }
        }

        return text;
    }

    private static void RemoveChrome(IElement body)
    {
        int bodyLength = body.TextContent.Length;
        var doomed = new List<IElement>();
        foreach (IElement e in body.QuerySelectorAll("*"))
        {
            if (IsChrome(e, bodyLength))
            {
                doomed.Add(e);
            }
        }

        foreach (IElement e in doomed)
        {
            e.Remove();
        }
    }

    private static bool IsChrome(IElement e, int bodyLength)
    {
        if (ChromeRules.IsChromeByTag(e))
        {
            // The header of an article holds its headline and byline, not site chrome.
            return !(e.LocalName == "header" && e.Closest("article") is not null);
        }

        if (!ChromeRules.IsChromeByName(e))
        {
            return false;
        }

        // A wrapper named for comments or ads that holds the article itself stays.
        bool holdsArticle = e.QuerySelector("article, main, [itemprop=articleBody]") is not null;
        return !holdsArticle && e.TextContent.Length < bodyLength * 0.5;
    }

    private static IElement ChooseRoot(IElement body)
    {
        int bodyLength = TextLength(body);
        IElement? candidate = body.QuerySelector("[itemprop=articleBody]");
        if (candidate is null)
        {
            List<IElement> articles = body.QuerySelectorAll("article").Where(a => a.Closest("article") == a && a.ParentElement?.Closest("article") is null).ToList();
            candidate = articles.Count == 1 ? articles[0] : articles.MaxBy(TextLength);
        }

        candidate ??= body.QuerySelector("main, [role=main]");
        return candidate is not null && TextLength(candidate) >= bodyLength * MinRootShare ? candidate : body;
    }

    private static int TextLength(IElement e) => e.TextContent.Count(c => !char.IsWhiteSpace(c));

    internal static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"</(p|div|a|span|li|b|i|em|strong|h[1-6]|blockquote)\s*>|<(br|p|div|img)(\s[^>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupTag();
}
