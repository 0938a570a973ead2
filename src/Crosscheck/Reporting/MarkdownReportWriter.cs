using System.Text;
using static Crosscheck.Reporting.MarkdownText;

namespace Crosscheck.Reporting;

/// <summary>
/// Renders a <see cref="Report"/> as Markdown: overview, sources cited, quote ledger, numbers,
/// timeline, entities and problems. Article text is escaped so that it can never become markup.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.AppendLine("# Crosscheck report").AppendLine();
        md.AppendLine($"Generated {Escape(report.GeneratedAt)} from {report.Documents.Count} documents" +
            (report.Problems.Count > 0 ? $"; {report.Problems.Count} inputs could not be read (see Problems)." : "."));
        md.AppendLine();
        md.AppendLine("**How to read this report.** " + Escape(HtmlOverview.HowToRead)).AppendLine();
        Headlines(md, report);
        MarkdownClaims.Write(md, report);
        Overview(md, report);
        MarkdownHypotheses.Write(md, report);
        Sources(md, report);
        Quotes(md, report);
        MarkdownAttributions.Write(md, report);
        Numbers(md, report);
        Timeline(md, report);
        Entities(md, report);
        Problems(md, report);
        return md.ToString();
    }

    private static void Headlines(StringBuilder md, Report report)
    {
        md.AppendLine("## Headline disagreements").AppendLine();
        var disputed = HtmlOverview.DisputedNumbers(report);
        var reworded = HtmlOverview.Reworded(report);
        var contested = HypothesisText.Contested(report);
        if (disputed.Count == 0 && reworded.Count == 0 && contested.Count == 0)
        {
            md.AppendLine("No conflicting or changing figures, no statement quoted in different words, and no contested hypothesis.").AppendLine();
            return;
        }

        foreach (HypothesisText.Contest c in contested.Take(12))
        {
            md.AppendLine($"- **{Escape(c.Hypothesis.Text)}** (contested, {Escape(c.Hypothesis.Id)}): supported by {HypothesisText.Side(c.Supporting, s => $"{Escape(HypothesisText.Holder(s.Holder))} ({Escape(s.Doc)})")}; rejected by {HypothesisText.Side(c.Rejecting, s => $"{Escape(HypothesisText.Holder(s.Holder))} ({Escape(s.Doc)})")}");
        }

        foreach ((_, ReportNumberFinding f) in disputed.Take(12))
        {
            md.AppendLine($"- **{Escape(ReportFormat.MeasureOf(f.Measure, f.Event, f.MainEvent))}** ({Verdicts.Label(f.Verdict)}): {Escape(HtmlOverview.NumberStory(f))}");
        }

        foreach (ReportQuoteGroup g in reworded.Take(12))
        {
            md.AppendLine($"- **{Escape(g.Speaker ?? "Unknown speaker")}** (reworded, {Escape(g.Id)}): quoted in {g.Variants.Count} different wordings");
        }

        md.AppendLine();
    }

    private static void Overview(StringBuilder md, Report report)
    {
        md.AppendLine("## Documents").AppendLine();
        Table(md, ["#", "File", "Title", "Author", "Published", "Outlet"], report.Documents.Select((d, i) => new[]
        {
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Escape(d.File), Escape(d.Title), Escape(d.Author),
            Escape(ReportFormat.Published(d.Published, d.PublishedInferred)), Escape(d.Outlet),
        }));
    }

    private static void Sources(StringBuilder md, Report report)
    {
        md.AppendLine("## Sources cited").AppendLine();
        ILookup<string, ReportCitedSource> byDoc = report.CitedSources.ToLookup(c => c.Doc);
        foreach (ReportDocument d in report.Documents)
        {
            var cited = byDoc[d.File]
                .GroupBy(c => (c.Name, c.Kind))
                .Select(g => $"{Escape(g.Key.Name)} ({Escape(g.Key.Kind.Replace('_', ' '))}; {string.Join(", ", g.Select(c => Escape(c.Cue)).Distinct())})")
                .ToList();
            md.AppendLine($"- **{Escape(d.File)}**: " + (cited.Count == 0 ? "no outside source cited" : string.Join("; ", cited)));
        }

        md.AppendLine();
    }

    private static void Quotes(StringBuilder md, Report report)
    {
        md.AppendLine("## Quote ledger").AppendLine();
        if (report.QuoteGroups.Count > 0)
        {
            md.AppendLine("### Statements quoted by several documents").AppendLine();
            foreach (ReportQuoteGroup g in report.QuoteGroups)
            {
                md.AppendLine($"**{Escape(g.Id)}: {Escape(g.Speaker ?? "unknown speaker")}**").AppendLine();
                Table(md, g.Variants.Select(v => Escape(v.Doc)).ToArray(), [g.Variants.Select(v => $"“{Escape(v.Text)}”").ToArray()]);
                foreach (ReportQuoteVariant v in g.Variants.Skip(1))
                {
                    if (WordDiff.Diff(g.Variants[0].Text, v.Text) is { } script && script.Any(w => w.Kind != DiffKind.Same))
                    {
                        string added = string.Join(" ", script.Where(w => w.Kind == DiffKind.Inserted).Select(w => w.Text));
                        string removed = string.Join(" ", script.Where(w => w.Kind == DiffKind.Removed).Select(w => w.Text));
                        md.AppendLine($"- {Escape(v.Doc)} against {Escape(g.Variants[0].Doc)}: " +
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
                md.AppendLine($"- “{Escape(q.Text)}” — {Escape(q.Doc)} ({Escape(q.Kind)}{(q.Cue is null ? string.Empty : ", " + Escape(q.Cue))}{group})");
            }

            md.AppendLine();
        }
    }

    private static void Numbers(StringBuilder md, Report report)
    {
        md.AppendLine("## Numbers").AppendLine();
        foreach (ReportNumberFinding f in report.NumberFindings)
        {
            md.AppendLine($"### {Escape(ReportFormat.MeasureOf(f.Measure, f.Event, f.MainEvent))}: {Verdicts.Label(f.Verdict)}").AppendLine();
            md.AppendLine(Escape(f.Explanation)).AppendLine();
            Table(md, ["As of", "Value", "Text", "Holder", "Document"], f.Values.Select(v => new[]
            {
                Escape(v.AsOf), Escape(ReportFormat.Qualified(v.Qualifier, v.Value, v.ValueHigh)), Escape(v.Text), Escape(v.Holder), Escape(v.Doc),
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
            Escape(n.Doc), Escape(n.Text), Escape(ReportFormat.Qualified(n.Qualifier, n.Value, n.ValueHigh) + (n.Vague ? " (vague)" : string.Empty)),
            Escape(n.Measure), Escape(n.MainEvent ? "main event" : n.Event ?? "other"), Escape(n.Holder),
            Escape(n.AsOf is null ? null : n.AsOfInferred ? n.AsOf + " (inferred)" : n.AsOf),
        }));
    }

    private static void Timeline(StringBuilder md, Report report)
    {
        md.AppendLine("## Timeline").AppendLine();
        if (report.Timeline.Count == 0)
        {
            md.AppendLine("No dated events found.").AppendLine();
            return;
        }

        Table(md, ["Date", "Event", "Sources"], report.Timeline.Select(t => new[]
        {
            Escape(t.Date), Escape(t.Description), string.Join(", ", t.Sources.Select(s => $"{Escape(s.Doc)} (“{Escape(s.Text)}”)")),
        }));
    }

    private static void Entities(StringBuilder md, Report report)
    {
        md.AppendLine("## Entities").AppendLine();
        if (report.Entities.Count == 0)
        {
            md.AppendLine("No entities found.").AppendLine();
            return;
        }

        Table(md, ["Name", "Type", "Aliases", "Mentions"], report.Entities.Select(e => new[]
        {
            Escape(e.Name), Escape(e.Type), e.Aliases.Count == 0 ? "—" : string.Join(", ", e.Aliases.Select(Escape)),
            string.Join(", ", e.MentionsPerDoc.Select(kv => $"{Escape(kv.Key)}: {kv.Value}")),
        }));
    }

    private static void Problems(StringBuilder md, Report report)
    {
        md.AppendLine("## Problems").AppendLine();
        if (report.Problems.Count == 0)
        {
            md.AppendLine("Every input was read.").AppendLine();
            return;
        }

        foreach (ReportProblem p in report.Problems)
        {
            md.AppendLine($"- {Escape(p.File)}: {Escape(p.Reason)}");
        }

        md.AppendLine();
    }

    internal static void Table(StringBuilder md, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        md.Append("| ").AppendJoin(" | ", header).AppendLine(" |");
        md.Append('|').AppendJoin('|', header.Select(_ => " --- ")).AppendLine("|");
        foreach (string[] row in rows)
        {
            md.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        }

        md.AppendLine();
    }
}
