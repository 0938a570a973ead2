using System.Text.RegularExpressions;

namespace Crosscheck.Tests.Reporting;

/// <summary>Structural checks of rendered HTML used by the reporting and CLI tests.</summary>
public static partial class HtmlChecks
{
    /// <summary>True when every &lt;span&gt; is closed and no &lt;/span&gt; closes what is not open.</summary>
    public static bool SpansAreBalanced(string html)
    {
        int depth = 0;
        foreach (Match m in SpanTag().Matches(html))
        {
            depth += m.Value.StartsWith("</", StringComparison.Ordinal) ? -1 : 1;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    public static IReadOnlyList<string> Ids(string html) => [.. IdAttribute().Matches(html).Select(m => m.Groups[1].Value)];

    public static IReadOnlyList<string> LocalLinks(string html) => [.. LocalHref().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>Every src/href value that points outside the page.</summary>
    public static IReadOnlyList<string> ExternalReferences(string html) =>
        [.. ExternalRef().Matches(html).Select(m => m.Groups[2].Value)];

    [GeneratedRegex("</?span\\b")]
    private static partial Regex SpanTag();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex LocalHref();

    [GeneratedRegex("\\b(src|href|xlink:href|action)\\s*=\\s*[\"']?((?:[a-z]+:)?//[^\"'\\s>]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalRef();
}
