using System.Text;
using System.Text.RegularExpressions;
using Crosscheck.Ingestion.Text;

namespace Crosscheck.Ingestion.Mail;

/// <summary>Header values: raw 8-bit bytes decoded (UTF-8, else Windows-1252) and RFC 2047 encoded words (=?utf-8?Q?…?=, ?B?) expanded.</summary>
internal static partial class EncodedWords
{
    /// <summary>Decodes a header value given as a Latin-1 string of its bytes.</summary>
    public static string Decode(string raw)
    {
        string value = raw;
        if (value.Any(c => c > 0x7F))
        {
            value = TextDecoder.Decode(Encoding.Latin1.GetBytes(value)).Text;
        }

        if (!value.Contains("=?", StringComparison.Ordinal))
        {
            return value;
        }

        // Whitespace between two adjacent encoded words is not part of the text.
        value = Between().Replace(value, "$1");
        return Word().Replace(value, m =>
        {
            Encoding? charset = TextDecoder.ResolveCharset(m.Groups[1].Value);
            string payload = m.Groups[3].Value;
            byte[] bytes = m.Groups[2].Value is "B" or "b" ? Base64Body.Decode(payload) : QuotedPrintable.Decode(payload, underscoreIsSpace: true);
            return charset is null ? TextDecoder.Decode(bytes).Text : charset.GetString(bytes);
        });
    }

    [GeneratedRegex(@"=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=")]
    private static partial Regex Word();

    [GeneratedRegex(@"(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)")]
    private static partial Regex Between();
}
