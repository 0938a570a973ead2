using System.Diagnostics;
using System.Globalization;
using Crosscheck.Reporting;
using Crosscheck.Reporting.Writers;
using Crosscheck.Store;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck eval store --db FILE|URL [--report FILE] [--runs N]: times the store on a report (default
/// crosscheck-out/report.json, as analyze wrote it): opening it (and creating the schema), saving the report as a new
/// run (the first save inserts, the later ones update the same documents and findings), loading the latest report
/// back, and a full-text search, on whichever back end <c>--db</c> names.
/// </summary>
public static class EvalStoreCommand
{
    public const int DefaultRuns = 5;
    private static readonly HashSet<string> Valued = ["db", "report", "runs"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault() is { } unknown ? $"unknown option --{unknown}" : null;
        error ??= a.Option("db") is null ? "eval store needs --db FILE|URL (a store it may write runs into)" : null;
        int runs = DefaultRuns;
        error ??= a.Option("runs") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < 2)
            ? "--runs needs a number of saves (2 or more)" : null;
        if (error is not null || a.Positional is not ["store"])
        {
            return CommandLine.UsageError(stderr, error ?? "eval needs: store --db FILE|URL [--report FILE] [--runs N]");
        }

        if (StoreOption.Read(a, a.Option("db")!, stderr) is not { } location)
        {
            return ExitCodes.Usage;
        }

        string reportPath = a.Option("report") ?? Path.Combine(AnalyzeCommand.DefaultOut, "report.json");
        try
        {
            Report report = JsonReportWriter.Read(File.ReadAllText(reportPath));
            var clock = Stopwatch.StartNew();
            using var store = new CrosscheckStore(location);
            TimeSpan open = clock.Elapsed;
            var saves = new List<TimeSpan>();
            for (int i = 0; i < runs; i++)
            {
                clock.Restart();
                store.Save(report, RunInfo.Create(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, [reportPath]));
                saves.Add(clock.Elapsed);
            }

            clock.Restart();
            Report loaded = store.LoadLatestReport() ?? throw new InvalidDataException("the saved run did not load");
            TimeSpan load = clock.Elapsed;
            string word = report.Entities.FirstOrDefault()?.Name ?? "the";
            clock.Restart();
            int hits = store.Search(word, 50).Count;
            TimeSpan search = clock.Elapsed;

            StoreCounts counts = store.Counts();
            stdout.WriteLine($"Store: {store.Backend}, {location.Display} ({report.Documents.Count} documents, {counts.Findings:N0} findings, {counts.SetFindings / counts.Runs:N0} set findings a run)");
            Line(stdout, $"open (schema version {store.SchemaVersion})", open);
            Line(stdout, "first save (insert)", saves[0]);
            Line(stdout, $"later save (update), median of {runs - 1}", saves.Skip(1).Order().ElementAt((runs - 1) / 2));
            Line(stdout, "load the latest report", load, $"{loaded.Documents.Count} documents, {loaded.EntityMentions.Count:N0} entity mentions");
            Line(stdout, "search (an entity's name)", search, $"{hits} hits");
            return ExitCodes.Success;
        }
        catch (Exception e) when (StoreOption.IsStoreFailure(e) || e is FileNotFoundException)
        {
            stderr.WriteLine($"crosscheck: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private static void Line(TextWriter stdout, string what, TimeSpan time, string? note = null) =>
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-36} {time.TotalMilliseconds,6:N0} ms{(note is null ? string.Empty : $"  ({note})")}"));
}
