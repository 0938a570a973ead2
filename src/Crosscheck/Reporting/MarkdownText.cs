using System.Text;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

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

    public static void Table(StringBuilder md, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        md.Append("| ").AppendJoin(" | ", header).AppendLine(" |");
        md.Append('|').AppendJoin('|', header.Select(_ => " --- ")).AppendLine("|");
        foreach (string[] row in rows)
        {
            md.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        }

        md.AppendLine();
    }
}
