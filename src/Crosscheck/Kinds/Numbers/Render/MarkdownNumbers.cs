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

namespace Crosscheck.Kinds.Numbers.Render;

/// <summary>The Markdown section of numbers.</summary>
internal static class MarkdownNumbers
{
    public static void Write(StringBuilder md, Report report)
    {
        DocLabels labels = new(report);
        md.AppendLine("## Numbers").AppendLine();
        foreach (ReportNumberFinding f in report.NumberFindings)
        {
            md.AppendLine($"### {Escape(ReportFormat.MeasureOf(f.Measure, f.Event, f.MainEvent))}: {Verdicts.Label(f.Verdict)}").AppendLine();
            md.AppendLine(Escape(f.Explanation)).AppendLine();
            Table(md, ["As of", "Value", "Text", "Holder", "Document"], f.Values.Select(v => new[]
            {
                Escape(v.AsOf), Escape(ReportFormat.Qualified(v.Qualifier, v.Value, v.ValueHigh, v.Vague)), Escape(v.Text), Escape(v.Holder), Escape(labels.Name(v.Doc)),
            }));
        }

        md.AppendLine("### All numbers").AppendLine();
        if (report.Numbers.Count == 0)
        {
            md.AppendLine("No numbers found.").AppendLine();
            return;
        }

        Table(md, ["Document", "Text", "Value", "Measure", "Event", "Holder", "As of"], report.Numbers.Select(n => new[]
        {
            Escape(labels.Name(n.Doc)), Escape(n.Text), Escape(ReportFormat.Qualified(n.Qualifier, n.Value, n.ValueHigh, n.Vague)),
            Escape(n.Measure), Escape(n.MainEvent ? "main event" : n.Event ?? "other"), Escape(n.Holder),
            Escape(n.AsOf is null ? null : n.AsOfInferred ? n.AsOf + " (inferred)" : n.AsOf),
        }));
    }
}
