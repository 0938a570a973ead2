using Crosscheck.Cli;
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
using Crosscheck.Tests.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cli;

/// <summary>The hypotheses block of the console summary, on a report built from hand-built stances.</summary>
public sealed class ConsoleHypothesesTests
{
    [Fact]
    public void Should_print_one_line_per_hypothesis_with_a_mark_per_source_in_source_order()
    {
        Report report = HypothesisReportSample.Build();
        var w = new StringWriter();

        ConsoleHypotheses.Write(w, report);

        string[] lines = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith($"Hypotheses ({report.Hypotheses.Count})");
        foreach (ReportHypothesis h in report.Hypotheses)
        {
            string line = lines.Single(l => l.StartsWith($"  {h.Id,-6}", StringComparison.Ordinal));
            string marks = string.Concat(report.Documents.Select(d =>
                report.Stances.FirstOrDefault(s => s.Doc == d.File && s.Holder is null && s.Hypothesis == h.Id)?.Stance switch
                {
                    "supports" => "+",
                    "rejects" => "−",
                    "reports" => "?",
                    _ => "·",
                }));
            string.Concat(line[8..].TakeWhile(c => c is ' ' or '+' or '−' or '?' or '·').Where(c => c != ' ')).ShouldBe(marks, h.Id);
        }
    }

    [Fact]
    public void Should_print_nothing_without_hypotheses()
    {
        Report report = HypothesisReportSample.Build();
        var w = new StringWriter();

        ConsoleHypotheses.Write(w, report with { Hypotheses = [] });

        w.ToString().ShouldBeEmpty();
    }
}
