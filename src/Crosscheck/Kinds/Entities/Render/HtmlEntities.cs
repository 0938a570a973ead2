using System.Globalization;
using System.Net;
using System.Text;
using static Crosscheck.Reporting.HtmlParts;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Entities.Render;

/// <summary>The HTML entity index.</summary>
internal static class HtmlEntities
{
    private const int MaxEntities = 600, MaxDocsPerEntity = 12, MaxDocColumns = 12;

    public static void Write(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, "entities", "Entities",
            "People, organizations and places, with the other names the articles use for them and how often each document mentions them. Click a count to see the first mention.");
        if (CloseIfEmpty(html, report.Entities.Count, "No entities found."))
        {
            return;
        }

        Dictionary<(string Entity, string Doc), ReportEntityMention> first = [];
        foreach (ReportEntityMention m in report.EntityMentions)
        {
            first.TryAdd((m.Entity, m.Doc), m);
        }

        var ordered = report.Entities.OrderByDescending(e => e.MentionsPerDoc.Count).ThenByDescending(e => e.MentionsPerDoc.Values.Sum()).ToList();
        bool columns = report.Documents.Count <= MaxDocColumns;
        html.Append("<table><thead><tr><th>Name</th><th>Type</th><th>Also called</th><th class=\"num\">Mentions</th>");
        if (columns)
        {
            foreach (ReportDocument d in report.Documents)
            {
                html.Append("<th class=\"num\" title=\"").Append(E($"{labels.Name(d.File)} ({d.File})")).Append("\">").Append(E(labels.Number(d.File))).Append("</th>");
            }
        }
        else
        {
            html.Append("<th>Per document</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (ReportEntity e in ordered.Take(MaxEntities))
        {
            string? Anchor(string doc) => first.TryGetValue((e.Id, doc), out ReportEntityMention? m) ? anchors.Finding(m.Doc, "entity", m.Start, m.End) : null;
            var aliases = e.Aliases.Where(a => !string.Equals(a, e.Name, StringComparison.Ordinal)).ToList();
            var perDoc = e.MentionsPerDoc.OrderByDescending(kv => kv.Value).ToList();
            html.Append(Row(perDoc.Count > 0 ? Anchor(perDoc[0].Key) : null)).Append("<td><strong>").Append(E(e.Name)).Append("</strong></td><td>").Append(E(e.Type)).Append("</td><td>")
                .Append(aliases.Count == 0 ? "<span class=\"muted\">—</span>" : E(string.Join(", ", aliases))).Append("</td>")
                .Append(Count(e.MentionsPerDoc.Values.Sum()));
            if (columns)
            {
                foreach (ReportDocument d in report.Documents)
                {
                    int n = e.MentionsPerDoc.GetValueOrDefault(d.File);
                    html.Append("<td class=\"num\">").Append(n == 0 ? string.Empty : $"<a href=\"#{E(Anchor(d.File) ?? anchors.Document(d.File))}\">{n}</a>").Append("</td>");
                }

                html.Append("</tr>\n");
                continue;
            }

            html.Append("<td>")
                .AppendJoin(" ", perDoc.Take(MaxDocsPerEntity).Select(kv =>
                    $"<a class=\"chip\" href=\"#{E(Anchor(kv.Key) ?? anchors.Document(kv.Key))}\" title=\"{E(kv.Key)}\">{E(labels.Number(kv.Key))} ×{kv.Value}</a>"))
                .Append(perDoc.Count > MaxDocsPerEntity ? $" <span class=\"muted\">+{perDoc.Count - MaxDocsPerEntity} more documents</span>" : string.Empty)
                .Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        Cut(html, ordered.Count, Math.Min(ordered.Count, MaxEntities), "entities (the most widely mentioned first)");
        Close(html);
    }
}
