using System.Text;
using static Crosscheck.Reporting.MarkdownText;

namespace Crosscheck.Reporting;

/// <summary>The Markdown report's "Attributions" section: per article, who is reported to say, think or want what.</summary>
internal static class MarkdownAttributions
{
    /// <summary>Longest content shown before it is cut with "…".</summary>
    public const int MaxContent = 200;

    public static void Write(StringBuilder md, Report report)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Attributions.Count == 0)
        {
            return;
        }

        md.AppendLine("## Attributions (learned tagger)").AppendLine();
        foreach (IGrouping<string, ReportAttribution> doc in report.Attributions.GroupBy(a => a.Doc))
        {
            md.AppendLine($"**{Escape(doc.Key)}**").AppendLine();
            foreach (ReportAttribution a in doc)
            {
                string content = a.Content is null ? "" : a.Content.Length > MaxContent ? a.Content[..MaxContent] + "…" : a.Content;
                md.AppendLine($"- {Escape(a.Source ?? "(no source)")} — *{Escape(a.Cue)}* — {Escape(content)}");
            }

            md.AppendLine();
        }
    }
}
