using System.Globalization;
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

/// <summary>Small HTML fragments shared by the sections of the HTML report. Every text is escaped here.</summary>
internal static class HtmlParts
{
    /// <summary>Escaped text; null becomes "—".</summary>
    public static string E(string? text) => text is null ? "—" : WebUtility.HtmlEncode(text);

    public static string Link(string? anchor, string text) =>
        anchor is null ? E(text) : $"<a href=\"#{WebUtility.HtmlEncode(anchor)}\">{E(text)}</a>";

    /// <summary>A table row that jumps to <paramref name="anchor"/> when clicked anywhere (plain row when null).</summary>
    public static string Row(string? anchor) =>
        anchor is null ? "<tr>" : $"<tr class=\"go\" data-go=\"{WebUtility.HtmlEncode(anchor)}\">";

    public static string Badge(string verdict) =>
        $"<span class=\"badge v-{WebUtility.HtmlEncode(verdict)}\">{E(Verdicts.Label(verdict))}</span>";

    public static string Count(int n) => string.Create(CultureInfo.InvariantCulture, $"<td class=\"num\">{n}</td>");

    public static void Open(StringBuilder html, string id, string title, string? intro = null)
    {
        html.Append("<section id=\"").Append(id).Append("\"><h2>").Append(E(title)).Append("</h2>\n");
        if (intro is not null)
        {
            html.Append("<p class=\"intro\">").Append(E(intro)).Append("</p>\n");
        }
    }

    public static void Close(StringBuilder html) => html.Append("</section>\n");

    /// <summary>When a section has nothing to show, says so and closes it; returns true when it did.</summary>
    public static bool CloseIfEmpty(StringBuilder html, int count, string emptyText)
    {
        if (count > 0)
        {
            return false;
        }

        html.Append("<p class=\"muted\">").Append(System.Net.WebUtility.HtmlEncode(emptyText)).Append("</p>\n");
        Close(html);
        return true;
    }

    /// <summary>A note that a long list was cut, pointing to where the rest can be found.</summary>
    public static void Cut(StringBuilder html, int total, int shown, string what)
    {
        if (total > shown)
        {
            html.Append("<p class=\"muted cut\">").Append(E(string.Create(CultureInfo.InvariantCulture,
                $"Showing {shown:#,0} of {total:#,0} {what}. Every finding is highlighted in its document (Documents), and report.json lists them all.")))
                .Append("</p>\n");
        }
    }
}
