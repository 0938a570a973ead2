using Crosscheck.Exports;
using Crosscheck.Reporting;
using Crosscheck.Store;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck export --db FILE --format claimreview|ftm|gexf|timelinejs [--out FILE] [--report URL]: the latest run of
/// the store in one of the analysts' formats, written to FILE (stdout without --out). Links to a finding point into
/// report.html (or URL) by the anchors the HTML report gives it.
/// </summary>
public static class ExportCommand
{
    private static readonly HashSet<string> Valued = ["db", "format", "out", "report"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault() is { } unknown ? $"unknown option --{unknown}" : null;
        error ??= a.Positional.Count > 0 ? $"export takes no file names (did you mean --db {a.Positional[0]}?)" : null;
        error ??= a.Option("format") is null ? $"export needs --format ({ExportFormat.Names})" : null;
        ExportFormat? format = ExportFormat.Find(a.Option("format"));
        error ??= format is null ? $"unknown export format '{a.Option("format")}' (formats: {ExportFormat.Names})" : null;
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        if (StoreOption.Read(a, Path.Combine(AnalyzeCommand.DefaultOut, "crosscheck.db"), stderr) is not { } location)
        {
            return ExitCodes.Usage;
        }

        string dbPath = location.Display;
        if (!StoreOption.Exists(location, $" (run 'crosscheck analyze … --db {dbPath}' first, or give --db FILE|URL)", stderr))
        {
            return ExitCodes.Failed;
        }

        Report? report;
        try
        {
            using var store = new CrosscheckStore(location);
            report = store.LoadLatestReport();
        }
        catch (Exception e) when (StoreOption.IsStoreFailure(e))
        {
            stderr.WriteLine($"crosscheck: cannot read the store {dbPath}: {e.Message}");
            return ExitCodes.Failed;
        }

        if (report is null)
        {
            stderr.WriteLine($"crosscheck: the store {dbPath} holds no analysis yet (run 'crosscheck analyze … --db {dbPath}' first)");
            return ExitCodes.Failed;
        }

        string text = format!.Write(report, new ReportHtmlLinks(report, a.Option("report") ?? ReportHtmlLinks.DefaultPage));
        if (a.Option("out") is not { } outPath || outPath == "-")
        {
            stdout.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } dir)
            {
                Directory.CreateDirectory(dir);
            }

            File.WriteAllText(outPath, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: cannot write {outPath}: {e.Message}");
            return ExitCodes.Failed;
        }

        stdout.WriteLine($"Wrote {outPath}: {format.Label}, from the store {dbPath}.");
        return ExitCodes.Success;
    }
}
