using System.Globalization;
using Crosscheck.Lab.Evaluation.Articles;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck eval articles --data DIR --gold FILE [--out FILE] [--pages]: extracts the article body of every saved page
/// and prints the benchmark's shingle precision, recall and F1 (optionally each page's figures, and the bodies as JSON).
/// </summary>
public static class EvalArticlesCommand
{
    private static readonly HashSet<string> Valued = ["data", "gold", "out"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        if (a.Flags.FirstOrDefault(f => f != "pages") is { } unknown)
        {
            return CommandLine.UsageError(stderr, $"unknown option --{unknown}");
        }

        if (a.Positional.Count != 1 || a.Option("data") is not { } data || a.Option("gold") is not { } gold)
        {
            return CommandLine.UsageError(stderr, "eval needs: articles --data DIR --gold FILE [--out FILE] [--pages]");
        }

        IReadOnlyList<ArticlePage> pages;
        try
        {
            pages = ArticleEvaluation.Run(data, gold);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            stderr.WriteLine($"crosscheck: {e.Message}");
            return ExitCodes.Failed;
        }

        if (a.Option("out") is { } output)
        {
            try
            {
                ArticleEvaluation.WritePredictions(output, pages);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"crosscheck: {output}: {e.Message}");
                return ExitCodes.Failed;
            }
        }

        foreach (ArticlePage p in pages.Where(p => p.Problem is not null))
        {
            stderr.WriteLine($"crosscheck: {p.Id}: {p.Problem}");
        }

        if (a.Flags.Contains("pages"))
        {
            foreach (ArticlePage p in pages)
            {
                var (pr, re, f1) = ShingleScore.Average([p.Match]);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Id[..12]}  P {pr:0.000}  R {re:0.000}  F1 {f1:0.000}"));
            }
        }

        var (precision, recall, f) = ShingleScore.Average([.. pages.Select(p => p.Match)]);
        stdout.WriteLine($"article extraction: {pages.Count} pages of {data}");
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shingle F1 {f:0.000}  precision {precision:0.000}  recall {recall:0.000}"));
        return pages.Any(p => p.Problem is not null) ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
