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
using Crosscheck.Reporting.Common;

using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;

namespace Crosscheck.Kinds.Quotes.Render;

/// <summary>
/// The Quote ledger of the HTML report: each statement quoted by several documents with its variants
/// side by side and their word differences marked, then every quote by speaker.
/// </summary>
internal static class HtmlQuotes
{
    private const int MaxQuotes = 3000;

    public static void Write(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, "quotes", "Quote ledger",
            "Statements that several articles quote, side by side. The first version is the reference: in the others, " +
            "added words are underlined in green and words of the reference they leave out are struck through in red. " +
            "Case and punctuation are ignored.");
        if (report.QuoteGroups.Count > 0)
        {
            html.Append("<h3>Statements quoted by several documents</h3>\n");
            foreach (ReportQuoteGroup g in report.QuoteGroups)
            {
                Group(html, g, anchors, labels);
            }
        }

        html.Append("<h3>All quotes by speaker</h3>\n");
        if (report.Quotes.Count == 0)
        {
            html.Append("<p class=\"muted\">No quotes found.</p>\n");
            Close(html);
            return;
        }

        html.Append("<table><thead><tr><th>Speaker</th><th>Quote</th><th>Kind</th><th>Cue</th><th>Document</th></tr></thead><tbody>\n");
        foreach (ReportQuote q in report.Quotes
            .OrderBy(q => q.Speaker is null)
            .ThenBy(q => q.Speaker, StringComparer.Ordinal)
            .Take(MaxQuotes))
        {
            string? anchor = anchors.Finding(q.Doc, "quote", q.Start, q.End);
            html.Append(Row(anchor)).Append("<td>").Append(E(q.Speaker ?? "unattributed")).Append("</td><td>")
                .Append(Link(anchor, $"“{q.Text}”")).Append(q.Group is null ? string.Empty : $" <a class=\"chip\" href=\"#group-{E(q.Group)}\">{E(q.Group)}</a>")
                .Append("</td><td>").Append(E(q.Kind)).Append("</td><td>").Append(E(q.Cue)).Append("</td><td>").Append(labels.Ref(q.Doc))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        Cut(html, report.Quotes.Count, Math.Min(report.Quotes.Count, MaxQuotes), "quotes");
        Close(html);
    }

    private static void Group(StringBuilder html, ReportQuoteGroup g, FindingAnchors anchors, DocLabels labels)
    {
        ReportQuoteVariant first = g.Variants[0];
        var scripts = g.Variants.Skip(1).Select(v => WordDiff.Diff(first.Text, v.Text)).ToList();
        bool same = g.Variants.Skip(1).All(v => WordDiff.SameWording(first.Text, v.Text));
        html.Append("<div class=\"finding\" id=\"group-").Append(E(g.Id)).Append("\"><h3>").Append(E(g.Speaker ?? "Unknown speaker")).Append(' ')
            .Append(same ? "<span class=\"badge v-consistent\">same wording</span>" : "<span class=\"badge v-reworded\">reworded</span>")
            .Append(" <span class=\"meta\">").Append(E(g.Id)).Append(", ").Append(g.Variants.Count).Append(" versions</span></h3><div class=\"variants\">");

        HashSet<int> changed = ChangedWords(scripts);
        for (int i = 0; i < g.Variants.Count; i++)
        {
            ReportQuoteVariant v = g.Variants[i];
            string? anchor = anchors.Finding(v.Doc, "quote", v.Start, v.End);
            html.Append("<div class=\"variant go\"").Append(anchor is null ? string.Empty : $" data-go=\"{WebUtility.HtmlEncode(anchor)}\"")
                .Append("><div class=\"meta\">").Append(labels.Ref(v.Doc, anchor)).Append(i == 0 ? " <span class=\"muted\">(reference)</span>" : string.Empty)
                .Append("</div><blockquote>“");
            if (i == 0)
            {
                Reference(html, v.Text, changed);
            }
            else if (scripts[i - 1] is { } script)
            {
                Diffed(html, script);
            }
            else
            {
                html.Append(E(v.Text));
            }

            html.Append("”</blockquote></div>");
        }

        html.Append("</div></div>\n");
    }

    /// <summary>Indexes of the reference's words that some other version leaves out (marked in the reference too).</summary>
    public static HashSet<int> ChangedWords(IEnumerable<IReadOnlyList<DiffWord>?> scripts)
    {
        var changed = new HashSet<int>();
        foreach (IReadOnlyList<DiffWord> script in scripts.OfType<IReadOnlyList<DiffWord>>())
        {
            int k = 0;
            foreach (DiffWord w in script)
            {
                if (w.Kind == DiffKind.Removed)
                {
                    changed.Add(k);
                }

                if (w.Kind != DiffKind.Inserted)
                {
                    k++;
                }
            }
        }

        return changed;
    }

    /// <summary>The reference's words, those in <paramref name="changed"/> marked.</summary>
    public static void Reference(StringBuilder html, string text, IReadOnlySet<int> changed)
    {
        // The reference's words in order are the non-inserted words of every script.
        IReadOnlyList<string> words = WordDiff.Split(text);
        for (int k = 0; k < words.Count; k++)
        {
            if (k > 0)
            {
                html.Append(' ');
            }

            html.Append(changed.Contains(k) ? $"<mark class=\"diff\">{E(words[k])}</mark>" : E(words[k]));
        }
    }

    /// <summary>A variant's words against the reference: insertions and removals marked.</summary>
    public static void Diffed(StringBuilder html, IReadOnlyList<DiffWord> script)
    {
        for (int k = 0; k < script.Count; k++)
        {
            if (k > 0)
            {
                html.Append(' ');
            }

            DiffWord w = script[k];
            html.Append(w.Kind switch
            {
                DiffKind.Inserted => $"<ins>{E(w.Text)}</ins>",
                DiffKind.Removed => $"<del>{E(w.Text)}</del>",
                _ => E(w.Text),
            });
        }
    }
}
