using System.Text;
using static Crosscheck.Reporting.MarkdownText;

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

namespace Crosscheck.Kinds.Attributions.Render;

/// <summary>The Markdown report's "Attributions" section: per article, who is reported to say, think or want what.</summary>
internal static class MarkdownAttributions
{
    /// <summary>Longest content shown before it is cut with "…".</summary>
    public const int MaxContent = 200;

    public static void Write(StringBuilder md, Report report)
    {
        DocLabels labels = new(report);
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Attributions.Count == 0)
        {
            return;
        }

        md.AppendLine("## Attributions (learned tagger)").AppendLine();
        foreach (IGrouping<string, ReportAttribution> doc in report.Attributions.GroupBy(a => a.Doc))
        {
            md.AppendLine($"**{Escape(labels.Name(doc.Key))}**").AppendLine();
            foreach (ReportAttribution a in doc)
            {
                string content = a.Content is null ? "" : a.Content.Length > MaxContent ? a.Content[..MaxContent] + "…" : a.Content;
                md.AppendLine($"- {Escape(a.Source ?? "(no source)")} — *{Escape(a.Cue)}* — {Escape(content)}");
            }

            md.AppendLine();
        }
    }
}
