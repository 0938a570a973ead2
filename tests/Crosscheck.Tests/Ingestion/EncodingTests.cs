using System.Text;
using Crosscheck.Ingestion;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ingestion;

public sealed class EncodingTests
{
    private const string Sample = "“Résumé” — naïve café, 12 € in Zürich.\r\nSecond line.";
    private const string Expected = "“Résumé” — naïve café, 12 € in Zürich.\nSecond line.";

    public static TheoryData<string, byte[]> Encoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new TheoryData<string, byte[]>
        {
            { "UTF-8 without BOM", Encoding.UTF8.GetBytes(Sample) },
            { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
            { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
            { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
            { "UTF-32 LE with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Sample)] },
            { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes(Sample) },
            { "Windows-1252 (0x93 0x94 quotes)", Encoding.GetEncoding(1252).GetBytes(Sample) },
        };
    }

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Should_decode_each_encoding_to_the_same_text(string encoding, byte[] bytes)
    {
        // Given the same text in one encoding
        using var dir = new IngestionTempFolder();
        string path = dir.WriteBytes("article.txt", bytes);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then it decodes to the same text, with \n line endings and no problem
        result.Problems.ShouldBeEmpty(encoding);
        result.Documents.Single().Text.ShouldBe(Expected, encoding);
    }

    [Fact]
    public void Should_fall_back_to_windows_1252_for_invalid_utf8_without_a_problem()
    {
        // Given mostly-ASCII bytes with lone 0x93/0x94 (curly quotes in Windows-1252, invalid as UTF-8)
        using var dir = new IngestionTempFolder();
        byte[] bytes = [.. "He said "u8.ToArray(), 0x93, .. "no"u8.ToArray(), 0x94, .. " twice."u8.ToArray()];
        string path = dir.WriteBytes("cp1252.txt", bytes);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then it is decoded as Windows-1252, is not a problem, and a note names the file and the first bad byte
        result.Problems.ShouldBeEmpty();
        result.Documents.Single().Text.ShouldBe("He said “no” twice.");
        InputProblem note = result.Notes.ShouldHaveSingleItem();
        note.File.ShouldBe("cp1252.txt");
        note.Reason.ShouldStartWith("not valid UTF-8 (first bad byte at offset 8): read as Windows-1252");
    }

    [Fact]
    public void Should_leave_no_note_on_valid_utf8()
    {
        using var dir = new IngestionTempFolder();
        string path = dir.Write("utf8.txt", "He said “no” twice.");

        new InputReader().Read([path]).Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Should_normalize_unicode_to_nfc_and_line_endings_to_newlines()
    {
        // Given decomposed accents (e + U+0301, u + U+0308) and CR / CRLF line endings
        using var dir = new IngestionTempFolder();
        string path = dir.Write("nfd.txt", "Caf\u0065\u0301 in Zu\u0308rich\rsecond\r\nthird  \n");

        // When it is read
        string text = new InputReader().Read([path]).Documents.Single().Text;

        // Then the text is composed and uses \n only, without trailing blanks
        text.ShouldBe("Café in Zürich\nsecond\nthird");
        text.Length.ShouldBe(27);
    }
}
