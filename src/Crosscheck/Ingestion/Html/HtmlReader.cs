using AngleSharp.Dom;
using Crosscheck.Ingestion.Text;
using Crosscheck.Model;

namespace Crosscheck.Ingestion.Html;

/// <summary>An HTML page: decoded with its declared charset, reduced to article text, with its declared metadata.</summary>
internal sealed class HtmlReader : IFormatReader
{
    public InputFormat Format => InputFormat.Html;

    public FormatResult Read(InputFile file)
    {
        DecodedText decoded = TextDecoder.Decode(file.Bytes, HtmlCharset.Declared(file.Bytes));
        IDocument doc = HtmlTextExtractor.Parse(decoded.Text);
        DeclaredMetadata meta = HtmlMetadataReader.Read(doc);
        string text = HtmlTextExtractor.DocumentToText(doc);
        return FormatResult.Of(new ReadItem(file.Name, SourceFormat.Html, text, meta));
    }
}
