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

namespace Crosscheck.Kinds.Sources.Render;

/// <summary>The Markdown section of cited sources.</summary>
internal static class MarkdownCitedSources
{
    public static void Write(StringBuilder md, Report report)
    {
        DocLabels labels = new(report);
        md.AppendLine("## Sources cited").AppendLine();
        ILookup<string, ReportCitedSource> byDoc = report.CitedSources.ToLookup(c => c.Doc);
        foreach (ReportDocument d in report.Documents)
        {
            var cited = byDoc[d.File]
                .GroupBy(c => (c.Name, c.Kind))
                .Select(g => $"{Escape(g.Key.Name)} ({Escape(g.Key.Kind.Replace('_', ' '))}; {string.Join(", ", g.Select(c => Escape(c.Cue)).Distinct())})")
                .ToList();
            md.AppendLine($"- **{Escape(labels.Name(d.File))}**: " + (cited.Count == 0 ? "no outside source cited" : string.Join("; ", cited)));
        }

        md.AppendLine();
    }
}
