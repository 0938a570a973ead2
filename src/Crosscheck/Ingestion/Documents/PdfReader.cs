using System.Globalization;
using System.Text;
using Crosscheck.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;
using PdfWord = UglyToad.PdfPig.Content.Word;

namespace Crosscheck.Ingestion.Documents;

/// <summary>
/// Reads a PDF with PdfPig: on each page, words from the letters' positions, blocks of lines (Docstrum) and the
/// blocks in reading order; a block is one paragraph (its lines joined), paragraphs and pages are set apart by a
/// blank line. Title, author and creation date come from the document information.
/// </summary>
internal sealed class PdfReader : IFormatReader
{
    public InputFormat Format => InputFormat.Pdf;

    public FormatResult Read(InputFile file)
    {
        try
        {
            using PdfDocument pdf = PdfDocument.Open(file.Bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            string text = Text(pdf);
            if (string.IsNullOrWhiteSpace(text))
            {
                return FormatResult.Failed(file.Name, "PDF has no text (a scan without a text layer?), skipped");
            }

            return FormatResult.Of(new ReadItem(file.Name, SourceFormat.Pdf, text, Metadata(pdf.Information)));
        }
        catch (PdfDocumentEncryptedException)
        {
            return FormatResult.Failed(file.Name, "PDF is encrypted (needs a password), skipped");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return FormatResult.Failed(file.Name, $"not a readable PDF ({e.GetType().Name}: {e.Message}), skipped");
        }
    }

    private static string Text(PdfDocument pdf)
    {
        var pages = new List<string>();
        foreach (Page page in pdf.GetPages())
        {
            IReadOnlyList<PdfWord> words = [.. NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)];
            if (words.Count == 0)
            {
                continue;
            }

            IEnumerable<TextBlock> blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words));
            string[] paragraphs = [.. blocks.Select(Paragraph).Where(p => p.Length > 0)];
            if (paragraphs.Length > 0)
            {
                pages.Add(string.Join("\n\n", paragraphs));
            }
        }

        return string.Join("\n\n", pages);
    }

    /// <summary>The lines of a block as one paragraph; a word broken by a hyphen at a line's end is not joined (it may be a compound).</summary>
    private static string Paragraph(TextBlock block)
    {
        var text = new StringBuilder();
        foreach (TextLine line in block.TextLines)
        {
            string l = line.Text.Trim();
            if (l.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(l);
        }

        return text.ToString();
    }

    private static DeclaredMetadata Metadata(DocumentInformation info)
    {
        DateTimeOffset? created = null;
        try
        {
            created = info.GetCreatedDateTimeOffset();
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            // A malformed date is no date.
        }

        return DocumentProperties.Metadata(info.Title, info.Author, created);
    }
}
