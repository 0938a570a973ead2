using System.IO.Compression;
using System.Text.RegularExpressions;
using Crosscheck.Ingestion.Csv;
using Crosscheck.Ingestion.Text;

namespace Crosscheck.Ingestion;

/// <summary>Decides a file's format: from its content first, from its extension when the content says nothing clear.</summary>
internal static partial class FormatSniffer
{
    private const int HeadChars = 4096;

    private static readonly HashSet<string> MailHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "to", "cc", "subject", "date", "message-id", "received", "return-path", "mime-version",
        "content-type", "delivered-to", "reply-to", "sender", "list-id", "in-reply-to", "references",
    };

    public static InputFormat Detect(InputFile file) => FromContent(file.Decoded.Text) ?? FromExtension(file.Extension);

    /// <summary>
    /// The binary document formats read as such: a PDF (its "%PDF-" header within the first 1,024 bytes, as readers allow)
    /// or a Word document (a ZIP package holding word/document.xml); else, for a file that is not text, its extension
    /// (.pdf, .docx), so that a damaged one is reported as such. Null for anything else.
    /// </summary>
    internal static InputFormat? FromBytes(byte[] bytes, string extension)
    {
        ReadOnlySpan<byte> head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.StartsWith("%PDF-"u8) || (head.IndexOf("%PDF-"u8) > 0 && BinarySniffer.BinaryReason(bytes) is not null))
        {
            return InputFormat.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8) && IsWordPackage(bytes))
        {
            return InputFormat.Docx;
        }

        return extension switch
        {
            ".pdf" when BinarySniffer.BinaryReason(bytes) is not null => InputFormat.Pdf,
            ".docx" when BinarySniffer.BinaryReason(bytes) is not null => InputFormat.Docx,
            _ => null,
        };
    }

    private static bool IsWordPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    internal static InputFormat? FromContent(string text)
    {
        string head = text.Length > HeadChars ? text[..HeadChars] : text;
        head = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith("From ", StringComparison.Ordinal) && IsMailHeaderBlock(SkipLine(head)))
        {
            return InputFormat.Mbox;
        }

        if (head.StartsWith('<'))
        {
            return FromMarkup(head);
        }

        if (JsonStart().IsMatch(head))
        {
            return InputFormat.JsonLines;
        }

        if (IsMailHeaderBlock(head))
        {
            return InputFormat.Email;
        }

        if (CsvHeader.FindColumns(FirstLine(head)) is not null)
        {
            return InputFormat.Csv;
        }

        return HtmlStart().IsMatch(head[..Math.Min(head.Length, 1024)]) ? InputFormat.Html : null;
    }

    internal static InputFormat FromExtension(string extension) => extension switch
    {
        ".html" or ".htm" or ".xhtml" or ".shtml" or ".php" or ".asp" or ".aspx" => InputFormat.Html,
        ".eml" => InputFormat.Email,
        ".mbox" or ".mbx" => InputFormat.Mbox,
        ".rss" or ".atom" or ".xml" => InputFormat.Feed,
        ".jsonl" or ".ndjson" or ".json" => InputFormat.JsonLines,
        ".csv" or ".tsv" => InputFormat.Csv,
        _ => InputFormat.PlainText,
    };

    private static InputFormat? FromMarkup(string head)
    {
        string lower = head.ToLowerInvariant();
        int html = lower.IndexOf("<html", StringComparison.Ordinal);
        int feed = FeedRoot().Match(lower) is { Success: true } m ? m.Index : -1;
        if (feed >= 0 && (html < 0 || feed < html))
        {
            return InputFormat.Feed;
        }

        if (html >= 0 || HtmlStart().IsMatch(lower))
        {
            return InputFormat.Html;
        }

        return null;
    }

    /// <summary>True when the text starts with RFC 5322 header lines, among them at least two well-known mail headers.</summary>
    private static bool IsMailHeaderBlock(string text)
    {
        int known = 0;
        foreach (string line in text.Split('\n').Take(60))
        {
            string l = line.TrimEnd('\r');
            if (l.Length == 0)
            {
                break;
            }

            if (l[0] is ' ' or '\t')
            {
                continue;
            }

            Match h = HeaderLine().Match(l);
            if (!h.Success)
            {
                return false;
            }

            known += MailHeaders.Contains(h.Groups[1].Value) ? 1 : 0;
        }

        return known >= 2;
    }

    private static string SkipLine(string text)
    {
        int nl = text.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? "" : text[(nl + 1)..];
    }

    private static string FirstLine(string text)
    {
        int nl = text.IndexOf('\n', StringComparison.Ordinal);
        return (nl < 0 ? text : text[..nl]).TrimEnd('\r');
    }

    /// <summary>An object ({"key" or {}) or an array of objects: not "[Tag] headline" or "{sic}".</summary>
    [GeneratedRegex(@"^(\{\s*(""|\})|\[\s*(\{|\]))")]
    private static partial Regex JsonStart();

    [GeneratedRegex(@"^([A-Za-z0-9][A-Za-z0-9-]*):")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"<(rss|feed|rdf:rdf)[\s>]")]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(p|div|article|h1|h2)[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();
}
