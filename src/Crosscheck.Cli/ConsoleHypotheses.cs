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
/// The hypotheses part of the console summary: each competing explanation with the authors' own stances
/// (one column per document, numbered as the sources above), the number of stances the articles report for others, and the ACH score.
/// </summary>
public static class ConsoleHypotheses
{
    private const int MaxHypotheses = 10;

    public static void Write(TextWriter w, Report report)
    {
        if (report.Hypotheses.Count == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine($"Hypotheses ({report.Hypotheses.Count}): the authors' own stances, per source in the order above (+ supports, − rejects, ? reports, · absent)");
        var docs = report.Documents.Select(d => d.File).ToList();
        w.WriteLine("  " + "".PadRight(8) + string.Join(" ", docs.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(2))) + "  reported      ACH");
        var standings = report.Ach is { } ach ? AchReading.Standings(ach).ToDictionary(s => s.Hypothesis) : null;
        foreach (ReportHypothesis h in report.Hypotheses.Take(MaxHypotheses))
        {
            var authors = report.Stances.Where(s => s.Hypothesis == h.Id && s.Holder is null).ToDictionary(s => s.Doc, s => s.Stance);
            string cells = string.Join(" ", docs.Select(d => Mark(authors.GetValueOrDefault(d)).PadLeft(2)));
            int reported = report.Stances.Count(s => s.Hypothesis == h.Id && s.Holder is not null && s.Stance != "absent");
            string score = standings?.GetValueOrDefault(h.Id) is { } a
                ? a.Enough ? a.Inconsistency.ToString("0.0", CultureInfo.InvariantCulture) : "too few"
                : "—";
            w.WriteLine(TextColumns.Fit($"  {h.Id,-6}  {cells}  {reported,8}  {score,7}  {h.Text}", TextColumns.LineWidth));
        }

        if (report.Hypotheses.Count > MaxHypotheses)
        {
            w.WriteLine($"  … and {report.Hypotheses.Count - MaxHypotheses} more hypotheses (see report.md)");
        }

        w.WriteLine("  ACH: weighted inconsistency of the evidence with each hypothesis; lower means fewer reasons to reject it;");
        w.WriteLine($"  \"too few\": {AchReading.NotEnough} to weigh it (fewer than {AchReading.MinEvidence} claims taking a side, or all from one article).");
        if (report.Ach is { Rows.Count: > 0 } matrix)
        {
            w.WriteLine(TextColumns.Fit("  " + AchReading.Verdict(matrix, report.Hypotheses, report.Documents.Count), 400));
        }
    }

    private static string Mark(string? stance) => stance switch
    {
        "supports" => "+",
        "rejects" => "−",
        "reports" => "?",
        _ => "·",
    };
}
