using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Crosscheck.Lab.Evaluation.TempEval;

/// <summary>
/// Writes a TimeML document with other TIMEX3s: the &lt;TEXT&gt; element holds the plain text with these
/// TIMEX3 tags only; outside &lt;TEXT&gt; the file is kept, less the links and instances that pointed into
/// the gold annotation (TLINK, SLINK, ALINK, MAKEINSTANCE).
/// </summary>
public static partial class Timex3Writer
{
    public static string Write(TimeMLDocument document, IReadOnlyList<Timex> timexes)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(timexes);
        var sb = new StringBuilder(document.Raw.Length);
        sb.Append(document.Raw, 0, document.TextStart);
        string text = document.Text;
        int at = 0;
        int n = 0;
        foreach (Timex t in timexes.OrderBy(t => t.Start))
        {
            if (t.Start < at || t.End > text.Length || t.End <= t.Start)
            {
                throw new ArgumentException($"{document.Name}: TIMEX3 [{t.Start},{t.End}) overlaps another or lies outside the text", nameof(timexes));
            }

            Escape(sb, text, at, t.Start);
            string tid = t.Tid.Length > 0 ? t.Tid : string.Create(CultureInfo.InvariantCulture, $"t{++n}");
            sb.Append(CultureInfo.InvariantCulture, $"<TIMEX3 tid=\"{tid}\" type=\"{t.Type}\" value=\"{t.Value}\">");
            Escape(sb, text, t.Start, t.End);
            sb.Append("</TIMEX3>");
            at = t.End;
        }

        Escape(sb, text, at, text.Length);
        sb.Append(Links().Replace(document.Raw[document.TextEnd..], ""));
        return sb.ToString();
    }

    private static void Escape(StringBuilder sb, string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            _ = text[i] switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                char c => sb.Append(c),
            };
        }
    }

    [GeneratedRegex(@"<(?:TLINK|SLINK|ALINK|MAKEINSTANCE)\b[^>]*/>\s*")]
    private static partial Regex Links();
}
