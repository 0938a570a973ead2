using System.Text;
using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Lab.Evaluation.TempEval;

/// <summary>
/// Reads TimeML files (TimeBank, AQUAINT, TempEval-3): the text of &lt;TEXT&gt; with its inner tags
/// (EVENT, SIGNAL, TIMEX3) stripped, the TIMEX3s at their offsets in that text, and the DCT.
/// </summary>
public static partial class TimeMLReader
{
    /// <summary>Every .tml file under <paramref name="folder"/> (recursively), in ordinal name order of their paths.</summary>
    public static IReadOnlyList<string> FilesIn(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    public static TimeMLDocument Read(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <exception cref="FormatException">The content has no &lt;TEXT&gt; element, or a TIMEX3 is not closed.</exception>
    public static TimeMLDocument Parse(string raw, string name)
    {
        ArgumentNullException.ThrowIfNull(raw);
        int open = raw.IndexOf("<TEXT>", StringComparison.Ordinal);
        int close = raw.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            throw new FormatException($"{name}: no <TEXT> element");
        }

        int textStart = open + "<TEXT>".Length;
        var text = new StringBuilder(close - textStart);
        List<Timex> timexes = [];
        (int Start, Dictionary<string, string> Attributes)? current = null;
        int i = textStart;
        while (i < close)
        {
            char ch = raw[i];
            if (ch == '<')
            {
                int end = raw.IndexOf('>', i);
                if (end < 0 || end > close)
                {
                    throw new FormatException($"{name}: unclosed tag at {i}");
                }

                string tag = raw[(i + 1)..end];
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    current = (text.Length, Attributes(tag));
                }
                else if (tag == "/TIMEX3" && current is { } t)
                {
                    timexes.Add(new Timex(t.Start, text.Length, t.Attributes.GetValueOrDefault("type", ""), t.Attributes.GetValueOrDefault("value", ""), t.Attributes.GetValueOrDefault("tid", "")));
                    current = null;
                }

                i = end + 1;
            }
            else if (ch == '&' && Entity(raw, i, close) is { } entity)
            {
                text.Append(entity.Char);
                i += entity.Length;
            }
            else
            {
                text.Append(ch);
                i++;
            }
        }

        if (current is not null)
        {
            throw new FormatException($"{name}: a TIMEX3 is not closed");
        }

        return new TimeMLDocument(name, raw, textStart, close, text.ToString(), CreationTime(raw), timexes);
    }

    private static PartialDate? CreationTime(string raw)
    {
        Match m = DctValue().Match(raw);
        return m.Success && PartialDate.TryParse(m.Groups["v"].Value, out PartialDate d) ? d : null;
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Attribute().Matches(tag))
        {
            attributes[m.Groups["k"].Value] = m.Groups["v"].Value;
        }

        return attributes;
    }

    private static (char Char, int Length)? Entity(string raw, int at, int limit)
    {
        foreach ((string name, char c) in (ReadOnlySpan<(string, char)>)[("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&apos;", '\'')])
        {
            if (at + name.Length <= limit && string.CompareOrdinal(raw, at, name, 0, name.Length) == 0)
            {
                return (c, name.Length);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<k>\w+)=""(?<v>[^""]*)""")]
    private static partial Regex Attribute();

    /// <summary>The day of the DCT's value ("1998-01-08" of "1998-01-08T12:00").</summary>
    [GeneratedRegex(@"<DCT>\s*<TIMEX3[^>]*\bvalue=""(?<v>\d{4}(?:-\d{2}(?:-\d{2})?)?)")]
    private static partial Regex DctValue();
}
