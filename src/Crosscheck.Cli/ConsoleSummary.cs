using System.Globalization;
using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Cli;

/// <summary>
/// The plain-text summary printed after an analysis: sources, numbers with verdicts, quote groups,
/// timeline, counts per extractor and elapsed time. Fits a 100-column terminal; long lists are cut
/// with a pointer to the full report.
/// </summary>
public static class ConsoleSummary
{
    private const int MaxSources = 20, MaxNumberFindings = 12, MaxQuoteGroups = 8, MaxTimeline = 20;

    public static void Write(TextWriter w, Report report, string outDir, string dbPath, TimeSpan elapsed)
    {
        // Documents are named as readers know them (outlet, title, date); the narrow columns below use their number "#3" from this list.
        var labels = new DocLabels(report);
        Heading(w, $"Sources ({report.Documents.Count})");
        TextColumns.Write(w, 2, [.. report.Documents.Take(MaxSources).Select(d => new[]
        {
            labels.Number(d.File), d.Author is null ? labels.Name(d.File) : $"{labels.Name(d.File)} — {d.Author}",
        })], 3);
        More(w, report.Documents.Count, MaxSources, "sources");
        ConsoleHypotheses.Write(w, report);
        ConsoleClaims.Write(w, report);

        Heading(w, $"Numbers ({report.NumberFindings.Count} compared, {report.Numbers.Count} found)");
        foreach (ReportNumberFinding f in report.NumberFindings.Take(MaxNumberFindings))
        {
            w.WriteLine(TextColumns.Fit($"  {ReportFormat.MeasureOf(f.Measure, f.Event, f.MainEvent)}: {Verdicts.Label(f.Verdict).ToUpperInvariant()} — {f.Explanation}", TextColumns.LineWidth));
            TextColumns.Write(w, 6, [.. f.Values.Select(v => new[]
            {
                v.AsOf ?? "—", ReportFormat.Qualified(v.Qualifier, v.Value, v.ValueHigh), labels.Number(v.Doc), v.Holder is null ? string.Empty : $"per {v.Holder}",
            })], 10, 16, 4);
        }

        More(w, report.NumberFindings.Count, MaxNumberFindings, "number groups");

        Heading(w, $"Quote groups ({report.QuoteGroups.Count} statements quoted by several documents, {report.Quotes.Count} quotes)");
        foreach (ReportQuoteGroup g in report.QuoteGroups.Take(MaxQuoteGroups))
        {
            w.WriteLine($"  {g.Id} {g.Speaker ?? "unknown speaker"}");
            TextColumns.Write(w, 6, [.. g.Variants.Select(v => new[] { labels.Number(v.Doc), $"“{v.Text}”" })], 4);
        }

        More(w, report.QuoteGroups.Count, MaxQuoteGroups, "quote groups");

        Heading(w, $"Timeline ({report.Timeline.Count})");
        var passages = new TimelinePassages(report);
        TextColumns.Write(w, 2, [.. report.Timeline.Take(MaxTimeline).Select(t => new[]
        {
            t.Date, passages.Of(t)?.Text ?? t.Description, string.Join(", ", t.Sources.Select(s => s.Doc).Distinct().Select(labels.Number)),
        })], 10, 56);
        More(w, report.Timeline.Count, MaxTimeline, "timeline entries");

        Heading(w, "Findings per extractor");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  entities {report.EntityMentions.Count} ({report.Entities.Count} distinct) · dates {report.Dates.Count} · cited sources {report.CitedSources.Count} · quotes {report.Quotes.Count} · numbers {report.Numbers.Count}"));
        w.WriteLine();
        if (report.Problems.Count > 0)
        {
            w.WriteLine($"{report.Problems.Count} inputs could not be read (listed on stderr).");
        }

        w.WriteLine($"Reports: {Path.Combine(outDir, "report.html")}, report.md, report.json");
        w.WriteLine($"Store:   {dbPath}");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Elapsed: {elapsed.TotalSeconds:0.00} s"));
    }

    private static void Heading(TextWriter w, string title)
    {
        w.WriteLine();
        w.WriteLine(title);
    }

    private static void More(TextWriter w, int count, int shown, string what)
    {
        if (count > shown)
        {
            w.WriteLine($"  … and {count - shown} more {what} (see report.md)");
        }
        else if (count == 0)
        {
            w.WriteLine("  (none)");
        }
    }
}
