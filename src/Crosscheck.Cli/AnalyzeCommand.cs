using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Reporting;

namespace Crosscheck.Cli;

/// <summary>crosscheck analyze: runs the pipeline, stores the run, writes the reports, prints a summary.</summary>
public static class AnalyzeCommand
{
    private static readonly HashSet<string> Valued = ["out", "db"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        if (a.Positional.Count == 0)
        {
            return CommandLine.UsageError(stderr, "analyze needs at least one file or folder");
        }

        string outDir = a.Option("out") ?? "crosscheck-out";
        AnalysisPipeline pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
        var started = System.Diagnostics.Stopwatch.StartNew();
        AnalysisResult result = pipeline.Run(a.Positional);
        started.Stop();

        foreach (InputProblem p in result.Problems)
        {
            stderr.WriteLine($"crosscheck: {p.File}: {p.Reason}");
        }

        if (result.Documents.Count == 0)
        {
            stderr.WriteLine("crosscheck: no document could be analyzed");
            return ExitCodes.Failed;
        }

        Report report = ReportBuilder.Build(result, DateTimeOffset.UtcNow);
        try
        {
            Directory.CreateDirectory(outDir);
            File.WriteAllText(Path.Combine(outDir, "report.json"), JsonReportWriter.Write(report));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: cannot write to {outDir}: {e.Message}");
            return ExitCodes.Failed;
        }

        stdout.WriteLine($"{result.Documents.Count} documents analyzed in {started.Elapsed.TotalSeconds:0.00} s; report in {outDir}");
        return result.Problems.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
