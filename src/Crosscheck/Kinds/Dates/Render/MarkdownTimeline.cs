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

namespace Crosscheck.Kinds.Dates.Render;

/// <summary>The Markdown timeline.</summary>
internal static class MarkdownTimeline
{
    public static void Write(StringBuilder md, Report report)
    {
        DocLabels labels = new(report);
        md.AppendLine("## Timeline").AppendLine();
        if (report.Timeline.Count == 0)
        {
            md.AppendLine("No dated events found.").AppendLine();
            return;
        }

        var passages = new TimelinePassages(report);
        Table(md, ["Date", "Event", "Sources"], report.Timeline.Select(t => new[]
        {
            Escape(t.Date), passages.Of(t) is { } p ? $"{Escape(p.Before)}**{Escape(p.Date)}**{Escape(p.After)}" : Escape(t.Description), string.Join(", ", t.Sources.Select(s => $"{Escape(labels.Name(s.Doc))} (“{Escape(s.Text)}”)")),
        }));
    }
}
