using System.Text;
using System.Text.Json;
using Crosscheck.Cli;
using Crosscheck.Ingestion;
using Crosscheck.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Shouldly;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using WordDocument = DocumentFormat.OpenXml.Wordprocessing.Document;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace Crosscheck.Tests.Ingestion;

/// <summary>PDF and Word files, built here with PdfPig and the Open XML SDK, read as articles.</summary>
public sealed class DocumentFileTests
{
    private const string Para1 = "The council approved the budget on Tuesday, officials said.";
    private const string Para2 = "The mayor said the vote was close and the debate long.";
    private const string Para3 = "A second vote is planned for next month, the clerk said.";

    /// <summary>A two-page PDF: a title, two paragraphs (the first over two lines) on page one, one on page two.</summary>
    internal static byte[] Pdf(string title = "Council passes budget", string author = "Jo Writer")
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = author;
        builder.DocumentInformation.CreationDate = "D:20240305093000+01'00'";
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfDocumentBuilder.AddedFont bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        PdfPageBuilder one = builder.AddPage(PageSize.A4);
        one.AddText(title, 18, new PdfPoint(50, 760), bold);
        one.AddText("The council approved the budget on Tuesday,", 11, new PdfPoint(50, 700), font);
        one.AddText("officials said.", 11, new PdfPoint(50, 686), font);
        one.AddText(Para2, 11, new PdfPoint(50, 640), font);
        PdfPageBuilder two = builder.AddPage(PageSize.A4);
        two.AddText(Para3, 11, new PdfPoint(50, 760), font);
        return builder.Build();
    }

    /// <summary>A Word document: a title, two paragraphs, a page break, a third paragraph, and a table.</summary>
    internal static byte[] Docx(string title = "Council passes budget", string author = "Jo Writer")
    {
        using var stream = new MemoryStream();
        using (WordprocessingDocument doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = title;
            doc.PackageProperties.Creator = author;
            doc.PackageProperties.Created = new DateTime(2024, 3, 5, 9, 30, 0, DateTimeKind.Utc);
            MainDocumentPart main = doc.AddMainDocumentPart();
            main.Document = new WordDocument(new Body(
                new Paragraph(new Run(new Text(title))),
                new Paragraph(new Run(new Text("The council approved the budget ") { Space = SpaceProcessingModeValues.Preserve }), new Run(new Text("on Tuesday, officials said."))),
                new Paragraph(new Run(new Text(Para2))),
                new Paragraph(new Run(new Break { Type = BreakValues.Page })),
                new Paragraph(new Run(new Text(Para3))),
                new Table(new TableRow(new TableCell(new Paragraph(new Run(new Text("Votes for: 12")))), new TableCell(new Paragraph(new Run(new Text("Votes against: 9"))))))));
        }

        return stream.ToArray();
    }

    [Fact]
    public void Should_read_a_pdf_in_reading_order_with_paragraphs_pages_and_metadata()
    {
        // Given a PDF named without its extension, so only its content says what it is
        using var dir = new IngestionTempFolder();
        dir.WriteBytes("statement", Pdf());

        // When it is read
        ReadResult result = new InputReader().Read([dir.Path]);

        // Then its text is the title and the paragraphs in order (lines of a paragraph joined), pages apart by a blank line
        result.Problems.ShouldBeEmpty();
        SourceDocument doc = result.Documents.ShouldHaveSingleItem();
        doc.Format.ShouldBe(SourceFormat.Pdf);
        doc.Text.ShouldBe($"Council passes budget\n\n{Para1}\n\n{Para2}\n\n{Para3}");
        doc.Meta.Title.ShouldBe("Council passes budget");
        doc.Meta.Author.ShouldBe("Jo Writer");
        doc.Meta.Published.ShouldBe(new WrittenDate("2024-03-05", new PartialDate(2024, 3, 5)));
    }

    [Fact]
    public void Should_read_a_word_document_with_paragraphs_page_breaks_tables_and_metadata()
    {
        // Given a Word document named without its extension
        using var dir = new IngestionTempFolder();
        dir.WriteBytes("statement", Docx());

        // When it is read
        ReadResult result = new InputReader().Read([dir.Path]);

        // Then its paragraphs (runs joined, the table's cells too) are apart by a blank line, and its properties are the metadata
        result.Problems.ShouldBeEmpty();
        SourceDocument doc = result.Documents.ShouldHaveSingleItem();
        doc.Format.ShouldBe(SourceFormat.Docx);
        doc.Text.ShouldBe($"Council passes budget\n\n{Para1}\n\n{Para2}\n\n{Para3}\n\nVotes for: 12\n\nVotes against: 9");
        doc.Meta.Title.ShouldBe("Council passes budget");
        doc.Meta.Author.ShouldBe("Jo Writer");
        doc.Meta.Published.ShouldBe(new WrittenDate("2024-03-05", new PartialDate(2024, 3, 5)));
    }

    public static TheoryData<string, byte[], string> BadDocuments()
    {
        byte[] pdf = Pdf();
        byte[] docx = Docx();
        byte[] docxWithoutBody;
        using (var stream = new MemoryStream())
        {
            using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            {
                using StreamWriter w = new(zip.CreateEntry("word/document.xml").Open());
                w.Write("<w:document><w:body><w:p>not closed");
            }

            docxWithoutBody = stream.ToArray();
        }

        return new()
        {
            { "scan.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray(), "not a readable PDF (" },
            { "half.pdf", pdf[..(pdf.Length / 2)], "not a readable PDF (" },
            { "empty-page.pdf", EmptyPagePdf(), "PDF has no text (a scan without a text layer?), skipped" },
            { "half.docx", docx[..(docx.Length / 2)], "not a readable Word document (" },
            { "broken.docx", docxWithoutBody, "Word document has no body, skipped" },
            { "locked.pdf", Encrypted(pdf), "PDF is encrypted (needs a password), skipped" },
            { "old.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "not a readable Word document (" },
        };
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Should_name_a_damaged_pdf_or_word_file_and_read_the_others(string name, byte[] bytes, string reason)
    {
        // Given a folder with a good text and a damaged PDF or Word file
        using var dir = new IngestionTempFolder();
        dir.Write("good.txt", Para1);
        dir.WriteBytes(name, bytes);

        // When the folder is read
        ReadResult result = new InputReader().Read([dir.Path]);

        // Then the damaged file is one problem with a clear reason, and the text is read
        InputProblem problem = result.Problems.ShouldHaveSingleItem();
        problem.File.ShouldBe(name);
        problem.Reason.ShouldStartWith(reason);
        problem.Reason.ShouldEndWith("skipped");
        result.Documents.ShouldHaveSingleItem().File.ShouldBe("good.txt");
    }

    [Fact]
    public void Should_analyze_pdf_and_word_files_with_the_analyze_command()
    {
        // Given a folder holding a PDF and a Word document
        using var dir = new IngestionTempFolder();
        dir.WriteBytes("in/statement.pdf", Pdf("Budget statement"));
        dir.WriteBytes("in/minutes.docx", Docx("Meeting minutes"));
        string output = Path.Combine(dir.Path, "out");

        // When they are analyzed
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CommandLine.Run(["analyze", Path.Combine(dir.Path, "in"), "--out", output, "--quiet"], stdout, stderr);

        // Then both are documents of the report, with their format and title, and the date each declares
        code.ShouldBe(ExitCodes.Success, stderr.ToString());
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        string[] documents = [.. report.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => $"{d.GetProperty("file").GetString()} {d.GetProperty("format").GetString()} {d.GetProperty("title").GetString()} {d.GetProperty("published").GetString()}")];
        documents.ShouldBe(["minutes.docx docx Meeting minutes 2024-03-05", "statement.pdf pdf Budget statement 2024-03-05"], ignoreOrder: true);
    }

    /// <summary>The PDF with a standard security handler in its trailer whose keys the empty password does not open.</summary>
    private static byte[] Encrypted(byte[] pdf)
    {
        string text = Encoding.Latin1.GetString(pdf);
        int trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        int open = text.IndexOf("<<", trailer, StringComparison.Ordinal) + 2;
        string key = new('A', 64);
        string encrypt = $" /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <{key}> /U <{key}> /P -4 >> /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] ";
        return Encoding.Latin1.GetBytes(text[..open] + encrypt + text[open..]);
    }

    private static byte[] EmptyPagePdf()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        return builder.Build();
    }
}
