using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Crosscheck.Ingestion.Feeds;

/// <summary>Rewrites HTML named entities (&amp;nbsp; &amp;eacute; …), undeclared in XML, as numeric references so a feed parses.</summary>
internal static partial class HtmlEntities
{
    public static string ToNumeric(string xml) => Named().Replace(xml, m =>
    {
        string name = m.Groups[1].Value;
        if (name is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            return m.Value;
        }

        string decoded = WebUtility.HtmlDecode(m.Value);
        if (decoded == m.Value)
        {
            return "&amp;" + m.Value[1..];
        }

        return string.Concat(decoded.EnumerateRunes().Select(r => "&#" + r.Value.ToString(CultureInfo.InvariantCulture) + ";"));
    });

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Named();
}
