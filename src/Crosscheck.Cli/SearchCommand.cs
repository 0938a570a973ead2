using System.Globalization;
using Crosscheck.Store;

namespace Crosscheck.Cli;

/// <summary>crosscheck search: full-text search over the documents and findings of the store.</summary>
public static class SearchCommand
{
    private const int DefaultLimit = 20;
    private static readonly HashSet<string> Valued = ["db", "limit"];

    /// <param name="interactive">True when stdout is a terminal: matches are shown in bold instead of [brackets].</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault() is { } unknown ? $"unknown option --{unknown}" : null;
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        if (a.Positional.Count == 0)
        {
            return CommandLine.UsageError(stderr, "search needs the text to look for");
        }

        int limit = DefaultLimit;
        if (a.Option("limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return CommandLine.UsageError(stderr, $"--limit must be a positive whole number, not '{limitText}'");
        }

        string query = string.Join(' ', a.Positional);
        if (StoreOption.Read(a, Path.Combine(AnalyzeCommand.DefaultOut, "crosscheck.db"), stderr) is not { } location)
        {
            return ExitCodes.Usage;
        }

        if (!StoreOption.Exists(location, " (run 'crosscheck analyze' first, or give --db FILE|URL)", stderr))
        {
            return ExitCodes.Failed;
        }

        IReadOnlyList<SearchHit> hits;
        try
        {
            using var store = new CrosscheckStore(location);
            hits = interactive ? store.Search(query, limit, "\u001b[1;33m", "\u001b[0m") : store.Search(query, limit);
        }
        catch (Exception e) when (StoreOption.IsStoreFailure(e))
        {
            stderr.WriteLine($"crosscheck: cannot read the store {location.Display}: {e.Message}");
            return ExitCodes.Failed;
        }

        foreach (SearchHit hit in hits)
        {
            string where = hit.Start is { } s && hit.End is { } e ? string.Create(CultureInfo.InvariantCulture, $" {s}–{e}") : string.Empty;
            stdout.WriteLine(TextColumns.Fit($"{hit.File} — {hit.Title ?? "(no title)"} [{hit.Kind.Replace('_', ' ')}{where}]", TextColumns.LineWidth));
            stdout.WriteLine("    " + hit.Snippet.ReplaceLineEndings(" "));
        }

        stdout.WriteLine(hits.Count == 1 ? "1 hit" : $"{hits.Count} hits");
        return ExitCodes.Success;
    }
}
