using System.Text;
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using static Crosscheck.Reporting.HtmlParts;

using Crosscheck.Web.Pages;

namespace Crosscheck.Web.Kinds.Dates;

/// <summary>The timeline: dated events across the sources, oldest first, each with the sources that date it.</summary>
public static class TimelinePage
{
    public static string Render(IReadOnlyList<TimelineEntryView> entries)
    {
        var html = new StringBuilder("<h1>Timeline</h1>\n<p class=\"intro\">Dated events in the sources, oldest first. Each source chip opens the sentence that dates the event.</p>\n");
        if (entries.Count == 0)
        {
            return html.Append(Layout.Empty("No dated events found.")).ToString();
        }

        html.Append("<ol class=\"timeline\">\n");
        string? year = null;
        foreach (TimelineEntryView t in entries)
        {
            string y = t.Date.Length >= 4 ? t.Date[..4] : t.Date;
            if (y != year)
            {
                html.Append("<li class=\"year\">").Append(E(y)).Append("</li>\n");
                year = y;
            }

            html.Append("<li><span class=\"when\">").Append(E(t.Date)).Append("</span><span class=\"what\">").Append(t.Passage is { } p ? $"{E(p.Before)}<mark class=\"when-hl\">{E(p.Date)}</mark>{E(p.After)}" : E(t.Description)).Append("</span><span class=\"who\">")
                .AppendJoin(" ", t.Sources.Select(s => Layout.Chip(s.DocNumber, s.Href, $"“{s.Text}”")))
                .Append("</span></li>\n");
        }

        return html.Append("</ol>\n").ToString();
    }
}
