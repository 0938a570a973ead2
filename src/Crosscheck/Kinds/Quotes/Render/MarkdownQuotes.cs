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

namespace Crosscheck.Kinds.Quotes.Render;

/// <summary>The Markdown quote ledger.</summary>
internal static class MarkdownQuotes
{
    public static void Write(StringBuilder md, Report report)
    {
        DocLabels labels = new(report);
        md.AppendLine("## Quote ledger").AppendLine();
        if (report.QuoteGroups.Count > 0)
        {
            md.AppendLine("### Statements quoted by several documents").AppendLine();
            foreach (ReportQuoteGroup g in report.QuoteGroups)
            {
                md.AppendLine($"**{Escape(g.Id)}: {Escape(g.Speaker ?? "unknown speaker")}**").AppendLine();
                Table(md, g.Variants.Select(v => Escape(labels.Name(v.Doc))).ToArray(), [g.Variants.Select(v => $"“{Escape(v.Text)}”").ToArray()]);
                foreach (ReportQuoteVariant v in g.Variants.Skip(1))
                {
                    if (WordDiff.Diff(g.Variants[0].Text, v.Text) is { } script && script.Any(w => w.Kind != DiffKind.Same))
                    {
                        string added = string.Join(" ", script.Where(w => w.Kind == DiffKind.Inserted).Select(w => w.Text));
                        string removed = string.Join(" ", script.Where(w => w.Kind == DiffKind.Removed).Select(w => w.Text));
                        md.AppendLine($"- {Escape(labels.Name(v.Doc))} against {Escape(labels.Name(g.Variants[0].Doc))}: " +
                            (added.Length == 0 ? string.Empty : $"adds “{Escape(added)}”") + (added.Length > 0 && removed.Length > 0 ? "; " : string.Empty) +
                            (removed.Length == 0 ? string.Empty : $"leaves out “{Escape(removed)}”"));
                    }
                }

                md.AppendLine();
            }
        }

        md.AppendLine("### All quotes by speaker").AppendLine();
        if (report.Quotes.Count == 0)
        {
            md.AppendLine("No quotes found.").AppendLine();
            return;
        }

        foreach (IGrouping<string?, ReportQuote> speaker in report.Quotes
            .GroupBy(q => q.Speaker)
            .OrderBy(g => g.Key is null)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            md.AppendLine($"**{Escape(speaker.Key ?? "Unattributed")}**").AppendLine();
            foreach (ReportQuote q in speaker)
            {
                string group = q.Group is null ? string.Empty : $", group {Escape(q.Group)}";
                md.AppendLine($"- “{Escape(q.Text)}” — {Escape(labels.Name(q.Doc))} ({Escape(q.Kind)}{(q.Cue is null ? string.Empty : ", " + Escape(q.Cue))}{group})");
            }

            md.AppendLine();
        }
    }
}
