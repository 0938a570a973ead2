using Crosscheck.Lab.Evaluation;
using Crosscheck.Model;
using Crosscheck.Pipeline;
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

/// <summary>crosscheck eval case DIR [--gold FILE]: analyzes a case folder and scores it against its gold file.</summary>
public static class EvalCaseCommand
{
    private static readonly HashSet<string> Valued = ["gold"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        if (a.Positional.Count != 2 || a.Positional[0] != "case")
        {
            return CommandLine.UsageError(stderr, "eval needs: case <folder> [--gold FILE]");
        }

        string folder = a.Positional[1];
        string gold = a.Option("gold") ?? Path.Combine(folder, "gold.json");
        if (!File.Exists(gold))
        {
            stderr.WriteLine($"crosscheck: {gold}: no gold file");
            return ExitCodes.Failed;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        AnalysisResult result = AnalysisPipelineBuilder.CreateDefault().Build().Run([folder]);
        clock.Stop();
        Report report = ReportBuilder.Build(result, DateTimeOffset.UtcNow);
        CaseScore score;
        try
        {
            score = CaseScorer.Score(report, gold);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            stderr.WriteLine($"crosscheck: {gold}: not a gold file of the expected shape ({e.Message})");
            return ExitCodes.Failed;
        }

        stdout.WriteLine($"{result.Documents.Count} documents analyzed in {clock.Elapsed.TotalSeconds:0.00} s");
        foreach (Figure f in score.Figures)
        {
            stdout.WriteLine(f.ToString());
        }

        if (a.Flags.Contains("misses"))
        {
            foreach (string miss in score.Misses)
            {
                stdout.WriteLine("  miss: " + miss);
            }
        }

        stdout.WriteLine(score.AllMet ? "all targets met" : $"{score.Figures.Count(f => !f.Met)} targets missed");
        return score.AllMet ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
