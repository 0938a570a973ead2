using System.Globalization;
using System.Text;
using Crosscheck.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Crosscheck.Ingestion.Documents;

/// <summary>
/// Reads a Word document (.docx) with the Open XML SDK: the body's paragraphs in document order (those of tables
/// too), each set apart by a blank line, a page break as a blank line; headers, footers and comments are left out.
/// Title, author and creation date come from the package properties.
/// </summary>
internal sealed class DocxReader : IFormatReader
{
    public InputFormat Format => InputFormat.Docx;

    public FormatResult Read(InputFile file)
    {
        try
        {
            using var stream = new MemoryStream(file.Bytes, writable: false);
            using WordprocessingDocument doc = WordprocessingDocument.Open(stream, false);
            Body? body = doc.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return FormatResult.Failed(file.Name, "Word document has no body, skipped");
            }

            string text = Text(body);
            if (string.IsNullOrWhiteSpace(text))
            {
                return FormatResult.Failed(file.Name, "Word document has no text, skipped");
            }

            return FormatResult.Of(new ReadItem(file.Name, SourceFormat.Docx, text, DocumentProperties.Metadata(doc.PackageProperties.Title, doc.PackageProperties.Creator, doc.PackageProperties.Created)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return FormatResult.Failed(file.Name, $"not a readable Word document ({e.GetType().Name}: {e.Message}), skipped");
        }
    }

    private static string Text(Body body)
    {
        var paragraphs = new List<string>();
        foreach (Paragraph paragraph in body.Descendants<Paragraph>())
        {
            var text = new StringBuilder();
            foreach (OpenXmlElement e in paragraph.Descendants())
            {
                switch (e)
                {
                    case WordText t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                    case Break { Type.Value: var type } when type == BreakValues.Page:
                        text.Append("\n\n");
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }

            string p = text.ToString().Trim();
            if (p.Length > 0)
            {
                paragraphs.Add(p);
            }
        }

        return string.Join("\n\n", paragraphs);
    }
}
