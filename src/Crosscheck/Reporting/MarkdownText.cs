using System.Text;

namespace Crosscheck.Reporting;

/// <summary>Escaping of article text for Markdown: no markup, HTML or table break can come from the input.</summary>
internal static class MarkdownText
{
    /// <summary>Text safe inside a paragraph or a table cell; null becomes "—".</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "—";
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\r' or '\n' or '\t':
                    sb.Append(' ');
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '~':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
