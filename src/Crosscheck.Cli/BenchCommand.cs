using System.Globalization;
using Crosscheck.Lab.Bench;
using Crosscheck.Model;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck bench [--docs N] [--seed S] [--single N] [--out DIR] [--corpus DIR] [--no-store]: analyzes N distinct
/// synthetic documents built from ../shared/data with the analyze pipeline's library calls and prints the time of each
/// step (wall and CPU), documents/s and MB/s on all cores and on one thread, and the peak memory.
/// </summary>
public static class BenchCommand
{
    private static readonly HashSet<string> Valued = ["docs", "seed", "single", "out", "corpus", "fnc", "polnear", "long"];
    private static readonly HashSet<string> KnownFlags = ["no-store", "quiet"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault(f => !KnownFlags.Contains(f)) is { } unknown ? $"unknown option --{unknown}" : null;
        error ??= a.Positional.Count > 0 ? $"bench takes no argument '{a.Positional[0]}'" : null;
        var defaults = new BenchOptions();
        string?[] countErrors =
        [
            Count(a, "docs", defaults.Documents, 1, out int docs),
            Count(a, "seed", defaults.Seed, 0, out int seed),
            Count(a, "single", defaults.SingleThreadDocuments, 0, out int single),
        ];
        error ??= countErrors.FirstOrDefault(e => e is not null);
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        var options = defaults with
        {
            Documents = docs,
            Seed = seed,
            SingleThreadDocuments = Math.Min(single, docs),
            OutDir = a.Option("out"),
            CorpusFile = a.Option("corpus"),
            Store = !a.Flags.Contains("no-store"),
            FncBodies = a.Option("fnc") ?? defaults.FncBodies,
            PolnearTexts = a.Option("polnear") ?? defaults.PolnearTexts,
        };
        bool quiet = a.Flags.Contains("quiet");
        if (a.Option("long") is { } longSizes)
        {
            return RunLong(longSizes, options, quiet, stdout, stderr);
        }

        BenchResult r;
        try
        {
            r = BenchRunner.Run(options, quiet ? null : step => stderr.WriteLine($"crosscheck: bench: {step}…"));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: {e.Message}");
            return ExitCodes.Failed;
        }

        Print(stdout, r, options);
        return ExitCodes.Success;
    }

    /// <summary>bench --long 0.1,1,5: one document of each size, analyzed alone; seconds per MB.</summary>
    private static int RunLong(string sizes, BenchOptions options, bool quiet, TextWriter stdout, TextWriter stderr)
    {
        var parsed = sizes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(x => double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out double mb) && mb > 0 && mb <= 20 ? mb : double.NaN).ToList();
        if (parsed.Count == 0 || parsed.Any(double.IsNaN))
        {
            return CommandLine.UsageError(stderr, "--long needs sizes in MB, each above 0 and at most 20, separated by commas (e.g. 0.1,1,5,19)");
        }

        IReadOnlyList<LongDocumentTiming> timings;
        try
        {
            timings = LongDocumentBench.Run(parsed, options, quiet ? null : step => stderr.WriteLine($"crosscheck: bench: {step}…"));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: {e.Message}");
            return ExitCodes.Failed;
        }

        stdout.WriteLine(Inv($"bench --long: one plain-text document of each size (seed {options.Seed}), analyzed alone; {Environment.ProcessorCount} cores"));
        stdout.WriteLine(Inv($"{"MB",8}{"wall s",10}{"CPU s",10}{"s per MB",10}{"peak MB",10}"));
        foreach (LongDocumentTiming t in timings)
        {
            stdout.WriteLine(Inv($"{t.Megabytes,8:0.00}{t.Elapsed.TotalSeconds,10:0.0}{t.Cpu.TotalSeconds,10:0.0}{t.SecondsPerMegabyte,10:0.0}{t.PeakWorkingSet / 1e6,10:0}"));
        }

        return ExitCodes.Success;
    }

    private static void Print(TextWriter o, BenchResult r, BenchOptions options)
    {
        o.WriteLine(Inv($"bench: {r.Documents} distinct synthetic documents ({r.Bytes / 1e6:0.00} MB of text, seed {options.Seed}) from {options.FncBodies} and {options.PolnearTexts}; {Environment.ProcessorCount} cores"));
        o.WriteLine(Inv($"{"step",-28}{"wall s",10}{"CPU s",10}"));
        foreach (BenchStage s in r.Steps)
        {
            o.WriteLine(Inv($"{s.Name,-28}{s.Wall.TotalSeconds,10:0.00}{s.Cpu.TotalSeconds,10:0.00}"));
            if (s.Name == "analyze")
            {
                foreach (StageTiming t in r.Pipeline)
                {
                    string encoder = t.Encoder > TimeSpan.Zero ? Inv($"  (sentence encoder {t.Encoder.TotalSeconds:0.00} s of thread time)") : "";
                    o.WriteLine(Inv($"  {t.Stage,-26}{t.Elapsed.TotalSeconds,10:0.00}{t.Cpu.TotalSeconds,10:0.00}{encoder}"));
                }
            }
        }

        BenchStage total = r.Total;
        o.WriteLine(Inv($"{"total (without generate)",-28}{total.Wall.TotalSeconds,10:0.00}{total.Cpu.TotalSeconds,10:0.00}"));
        o.WriteLine(Inv($"whole run: {r.Documents / total.Wall.TotalSeconds:0.0} documents/s, {r.Bytes / 1e6 / total.Wall.TotalSeconds:0.000} MB/s"));
        o.WriteLine(Inv($"extraction on all cores ({r.AllCores.Threads} threads): {r.AllCores.DocumentsPerSecond:0.0} documents/s, {r.AllCores.MegabytesPerSecond:0.000} MB/s"));
        if (r.SingleThread is { } one)
        {
            o.WriteLine(Inv($"extraction on one thread (first {one.Documents} documents, warm): {one.DocumentsPerSecond:0.0} documents/s, {one.MegabytesPerSecond:0.000} MB/s"));
        }

        o.WriteLine(Inv($"peak working set {r.PeakWorkingSet / 1e6:0} MB; managed allocations {r.AllocatedBytes / 1e9:0.00} GB"));
        o.WriteLine(Inv($"outputs: {string.Join(", ", r.Outputs.Select(kv => Inv($"{kv.Key} {kv.Value / 1e6:0.0} MB")))}"));
        if (r.Problems > 0)
        {
            o.WriteLine(Inv($"documents left out with a problem: {r.Problems}"));
        }
    }

    private static string? Count(Arguments a, string name, int fallback, int min, out int value)
    {
        string? text = a.Option(name);
        value = fallback;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min)
            ? null
            : $"--{name} needs a whole number ({min} or more)";
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
