using System.Text;
using System.Text.RegularExpressions;

namespace Crosscheck.Ingestion.Html;

/// <summary>Finds the charset an HTML page declares in its first bytes (&lt;meta charset&gt; or http-equiv content-type).</summary>
internal static partial class HtmlCharset
{
    private const int PrescanBytes = 2048;

    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        Match m = MetaCharset().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
