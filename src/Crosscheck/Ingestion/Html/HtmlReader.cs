using AngleSharp.Dom;
using Crosscheck.Ingestion.Text;
using Crosscheck.Model;

namespace Crosscheck.Ingestion.Html;

/// <summary>
/// An HTML page: decoded with its declared charset, reduced to article text, with its declared metadata.
/// The article is found first by SmartReader (a port of Mozilla's Readability), whose article HTML our block writer
/// turns into lines under the page's headline; where it finds no article, or too little text, by our own selection
/// (<see cref="HtmlTextExtractor.DocumentToText"/>). Metadata (title, byline, date, outlet) is read from the page as
/// before, never from SmartReader.
/// </summary>
internal sealed class HtmlReader : IFormatReader
{
    /// <summary>Below this many words SmartReader's article is taken for a miss (a teaser, a caption) and our selection is used.</summary>
    internal const int MinArticleWords = 60;

    /// <summary>The URL SmartReader resolves links against when the page declares none (nothing is fetched).</summary>
    private const string PlaceholderUrl = "https://localhost/";

    public InputFormat Format => InputFormat.Html;

    public FormatResult Read(InputFile file)
    {
        DecodedText decoded = TextDecoder.Decode(file.Bytes, HtmlCharset.Declared(file.Bytes));
        IDocument doc = HtmlTextExtractor.Parse(decoded.Text);
        DeclaredMetadata meta = HtmlMetadataReader.Read(doc);
        string text = SmartArticle(decoded.Text, meta.Url, doc) ?? HtmlTextExtractor.DocumentToText(doc);
        return FormatResult.Of(new ReadItem(file.Name, SourceFormat.Html, text, meta));
    }

    /// <summary>SmartReader's article as lines under the page's headline, or null when it finds none or too little.</summary>
    private static string? SmartArticle(string html, string? url, IDocument page)
    {
        string baseUrl = Uri.TryCreate(url, UriKind.Absolute, out Uri? u) && u.Scheme is "http" or "https" ? u.AbsoluteUri : PlaceholderUrl;
        SmartReader.Article article;
        try
        {
            // The constructor with the HTML given never downloads; GetArticle only parses.
            article = new SmartReader.Reader(baseUrl, html).GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }

        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }

        string text = HtmlTextExtractor.FragmentToText(article.Content);
        if (text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length < MinArticleWords)
        {
            return null;
        }

        return HtmlTextExtractor.WithHeadline(text, page);
    }
}
