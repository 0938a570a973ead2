using System.Net;
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

/// <summary>
/// Writes a text as HTML with highlights that may overlap or nest. Every boundary where a highlight
/// starts or ends splits the text; at each boundary the spans ending there are closed (and spans
/// opened after them are closed and reopened, so that tags always nest), then the spans starting
/// there are opened, longest first. A highlight that had to be split keeps its id on the first part.
/// </summary>
public static class HtmlHighlighter
{
    /// <summary>
    /// Renders the part [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>: highlights are
    /// cut to it, and one that began before it continues without its id (the id stays where it starts).
    /// </summary>
    public static string Render(string text, int from, int to, IEnumerable<Highlight> highlights)
    {
        ArgumentNullException.ThrowIfNull(text);
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        return Render(text[from..to], highlights
            .Where(h => h.Start >= 0 && h.End <= text.Length && h.Start <= h.End && h.Start < to && (h.End > from || h.Start == from))
            .Select(h => h with
            {
                Start = Math.Max(h.Start, from) - from,
                End = Math.Min(h.End, to) - from,
                Id = h.Start < from ? string.Empty : h.Id,
            }));
    }

    public static string Render(string text, IEnumerable<Highlight> highlights)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Highlight> valid = [.. highlights
            .Where(h => h.Start >= 0 && h.End <= text.Length && h.Start <= h.End)
            .OrderBy(h => h.Start)
            .ThenByDescending(h => h.End)];
        SortedSet<int> boundaries = [0, text.Length];
        var startingAt = new Dictionary<int, List<Highlight>>();
        foreach (Highlight h in valid)
        {
            boundaries.Add(h.Start);
            boundaries.Add(h.End);
            (startingAt.TryGetValue(h.Start, out List<Highlight>? list) ? list : startingAt[h.Start] = []).Add(h);
        }

        var html = new StringBuilder(text.Length * 2);
        var open = new List<Highlight>();
        int position = 0;
        foreach (int boundary in boundaries)
        {
            html.Append(WebUtility.HtmlEncode(text[position..boundary]));
            position = boundary;
            int firstEnding = open.FindIndex(h => h.End <= boundary);
            if (firstEnding >= 0)
            {
                List<Highlight> reopen = [.. open.Skip(firstEnding).Where(h => h.End > boundary)];
                html.Insert(html.Length, "</span>", open.Count - firstEnding);
                open.RemoveRange(firstEnding, open.Count - firstEnding);
                foreach (Highlight h in reopen)
                {
                    OpenTag(html, h, withId: false);
                    open.Add(h);
                }
            }

            foreach (Highlight h in startingAt.GetValueOrDefault(boundary) ?? [])
            {
                OpenTag(html, h, withId: true);
                if (h.End == h.Start)
                {
                    html.Append("</span>");
                }
                else
                {
                    open.Add(h);
                }
            }
        }

        html.Insert(html.Length, "</span>", open.Count);
        return html.ToString();
    }

    private static void OpenTag(StringBuilder html, Highlight h, bool withId)
    {
        html.Append("<span class=\"hl h-").Append(h.Kind.Replace('_', '-'));
        html.Append(withId && h.Id.Length > 0 ? "\" id=\"" + WebUtility.HtmlEncode(h.Id) : " cont");
        html.Append('"');
        if (h.Title is not null)
        {
            html.Append(" title=\"").Append(WebUtility.HtmlEncode(h.Title)).Append('"');
        }

        html.Append('>');
    }
}
