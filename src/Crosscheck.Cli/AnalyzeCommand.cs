using System.Diagnostics;
using Crosscheck.Kinds.Hypotheses.Edits;
using Crosscheck.Ingestion.Web;
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
using Crosscheck.Store;

namespace Crosscheck.Cli;

/// <summary>crosscheck analyze: runs the pipeline, writes the reports, stores the run, prints a summary.</summary>
public static class AnalyzeCommand
{
    public const string DefaultOut = "crosscheck-out";

    private static readonly HashSet<string> Valued = ["out", "db", "claim", "case", "hypothesis", "urls"];
    private static readonly HashSet<string> KnownFlags = ["quiet", "save-case", "allow-private", "refetch"];

    /// <param name="interactive">True when stdout is a terminal: a live progress display may be drawn.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault(f => !KnownFlags.Contains(f)) is { } unknown ? $"unknown option --{unknown}" : null;
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        if (!TryReadUrlList(a.Option("urls"), out IReadOnlyList<string> listed, out string? listError))
        {
            return CommandLine.UsageError(stderr, listError!);
        }

        IReadOnlyList<string> inputs = [.. a.Positional, .. listed];
        if (inputs.Count == 0)
        {
            return CommandLine.UsageError(stderr, "analyze needs at least one file, folder or link");
        }

        bool quiet = a.Flags.Contains("quiet");
        string outDir = a.Option("out") ?? DefaultOut;
        if (StoreOption.Read(a, Path.Combine(outDir, "crosscheck.db"), stderr) is not { } location)
        {
            return ExitCodes.Usage;
        }

        string dbPath = location.Display;

        if (!TryLoadCase(a, stderr, out string? casePath, out CaseFile caseFile))
        {
            return ExitCodes.Usage;
        }

        var caseWarnings = new List<string>();
        var fetch = new FetchSettings { CacheDir = Path.Combine(outDir, "fetched"), AllowPrivate = a.Flags.Contains("allow-private"), Refetch = a.Flags.Contains("refetch") };
        var options = new AnalysisOptions { Case = caseFile, Warn = caseWarnings.Add, Fetch = fetch };
        AnalysisPipeline pipeline = AnalysisPipelineBuilder.CreateDefault(options).WithClaims(a.All("claim")).Build();
        DateTimeOffset startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        if (!quiet)
        {
            stderr.WriteLine($"crosscheck: reading {string.Join(", ", inputs)}…");
        }

        AnalysisResult result = ProgressDisplay.Run(pipeline, inputs, interactive, quiet, stderr);
        DateTimeOffset finishedAt = DateTimeOffset.UtcNow;

        foreach (string w in caseWarnings)
        {
            stderr.WriteLine($"crosscheck: {casePath ?? "--hypothesis"}: {w}");
        }

        foreach (InputProblem p in result.Problems)
        {
            stderr.WriteLine($"crosscheck: {p.File}: {p.Reason}");
        }

        foreach (string note in result.Set.Notes)
        {
            stderr.WriteLine($"crosscheck: note: {note}");
        }

        foreach (InputProblem note in result.ReadNotes)
        {
            stderr.WriteLine($"crosscheck: note: {note.File}: {note.Reason}");
        }

        if (result.Duplicates.Count > 0 && !quiet)
        {
            InputProblem first = result.Duplicates[0];
            stderr.WriteLine($"crosscheck: {result.Duplicates.Count} inputs repeat the text of another and were analyzed once (e.g. {first.File}: {first.Reason})");
        }

        if (result.Documents.Count == 0)
        {
            stderr.WriteLine("crosscheck: no document could be analyzed");
            return ExitCodes.Failed;
        }

        Report report = ReportBuilder.Build(result, finishedAt);
        if (!quiet)
        {
            stderr.WriteLine($"crosscheck: writing the reports to {outDir} and the store {dbPath}…");
        }

        if (!TryWriteReports(report, outDir, stderr) || !TryStore(report, RunInfo.Create(startedAt, finishedAt, inputs), location, stderr))
        {
            return ExitCodes.Failed;
        }

        if (a.Flags.Contains("save-case") && !TrySaveCase(caseFile, casePath!, quiet, stderr))
        {
            return ExitCodes.Failed;
        }

        clock.Stop();
        if (!quiet)
        {
            ConsoleSummary.Write(stdout, report, outDir, dbPath, clock.Elapsed);
            stdout.WriteLine(StageTimes(result.Timings));
        }

        return result.Problems.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    /// <summary>"time by stage: clean 0.2 s · extract 1.1 s · … · HypothesisAnalyzer 1.9 s (sentence encoder 1.2 s)".</summary>
    internal static string StageTimes(IReadOnlyList<StageTiming> timings) =>
        "time by stage: " + string.Join(" · ", timings.Select(t => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{t.Stage} {t.Elapsed.TotalSeconds:0.0} s{(t.Encoder > TimeSpan.Zero ? $" (sentence encoder {t.Encoder.TotalSeconds:0.0} s of thread time)" : "")}")));

    /// <summary>
    /// The case file: --case FILE, else crosscheck.case.json in the first input when it is a folder (used when it
    /// exists), with the --hypothesis texts added. False (after saying why) for a bad case file or a --save-case
    /// with nowhere to save.
    /// </summary>
    private static bool TryLoadCase(Arguments a, TextWriter stderr, out string? path, out CaseFile caseFile)
    {
        caseFile = CaseFile.Empty;
        string? given = a.Option("case");
        path = given ?? (a.Positional.Count > 0 && Directory.Exists(a.Positional[0]) ? Path.Combine(a.Positional[0], CaseFile.DefaultName) : null);
        bool save = a.Flags.Contains("save-case");
        if (path is null && save)
        {
            stderr.WriteLine("crosscheck: --save-case needs --case FILE when the first input is not a folder");
            return false;
        }

        if (path is not null && File.Exists(path))
        {
            CaseFileResult read = CaseFileReader.Read(path);
            if (read.Case is null)
            {
                stderr.WriteLine($"crosscheck: {read.Error}");
                return false;
            }

            caseFile = read.Case;
        }
        else if (given is not null && !save)
        {
            stderr.WriteLine($"crosscheck: {given}: no such case file (add --save-case to create it)");
            return false;
        }

        caseFile = caseFile.WithAdded(a.Options.TryGetValue("hypothesis", out List<string>? texts) ? texts : []);
        return true;
    }

    /// <summary>The links of a --urls file: one a line, blank lines and lines starting with # left out; false (with the reason) when it cannot be read or holds something else.</summary>
    private static bool TryReadUrlList(string? file, out IReadOnlyList<string> urls, out string? error)
    {
        urls = [];
        error = null;
        if (file is null)
        {
            return true;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"--urls {file}: cannot read it ({e.Message})";
            return false;
        }

        var list = lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        int bad = list.FindIndex(l => !WebInput.IsUrl(l));
        if (bad >= 0)
        {
            error = $"--urls {file}: '{list[bad]}' is not an http or https link (one link a line; # starts a comment)";
            return false;
        }

        if (list.Count == 0)
        {
            error = $"--urls {file}: holds no link";
            return false;
        }

        urls = list;
        return true;
    }

    private static bool TrySaveCase(CaseFile caseFile, string path, bool quiet, TextWriter stderr)
    {
        try
        {
            File.WriteAllText(path, CaseFileWriter.Write(caseFile));
            if (!quiet)
            {
                stderr.WriteLine($"crosscheck: saved the case edits to {path}; later runs on this folder reuse them");
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: cannot save the case file {path}: {e.Message}");
            return false;
        }
    }

    private static bool TryWriteReports(Report report, string outDir, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(outDir);
            using (FileStream json = File.Create(Path.Combine(outDir, "report.json")))
            {
                JsonReportStream.Write(report, json);
            }

            // A lone surrogate left by a cut in some article's text is written as U+FFFD, never a failed run.
            File.WriteAllText(Path.Combine(outDir, "report.md"), MarkdownReportWriter.Write(report), ReportEncoding.Utf8);
            File.WriteAllText(Path.Combine(outDir, "report.html"), HtmlReportWriter.Write(report), ReportEncoding.Utf8);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: cannot write the reports to {outDir}: {e.Message}");
            return false;
        }
    }

    private static bool TryStore(Report report, RunInfo run, StoreLocation location, TextWriter stderr)
    {
        try
        {
            if (location.IsFile && Path.GetDirectoryName(Path.GetFullPath(location.Target)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            using var store = new CrosscheckStore(location);
            store.Save(report, run);
            return true;
        }
        catch (Exception e) when (StoreOption.IsStoreFailure(e))
        {
            stderr.WriteLine($"crosscheck: cannot store the run in {location.Display}: {e.Message}");
            return false;
        }
    }
}
