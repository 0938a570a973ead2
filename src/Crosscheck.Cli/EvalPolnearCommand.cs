using System.Globalization;
using Crosscheck.Kinds.Attributions;
using Crosscheck.Lab.Evaluation.PolNeAR;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck eval polnear --data DIR [--out DIR] [--model FILE] [--limit N] [--bias S,C] [--errors FILE]: runs the attribution
/// model on DIR/text, writes one brat .ann per article to --out, and prints exact and overlap P/R/F1 per label
/// against DIR/attributions; --errors writes each span that is not matched exactly (<see cref="PolnearErrors"/>);
/// --no-repair leaves the decoded tags as they are (<see cref="SourceRepair"/>, <see cref="ContentRepair"/>); --oracle scores the gold spans as the tag scheme expresses them (the ceiling, <see cref="PolnearEvaluator.Oracle"/>).
/// </summary>
public static class EvalPolnearCommand
{
    private static readonly HashSet<string> Valued = ["data", "out", "model", "limit", "bias", "errors"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault(f => f is not ("oracle" or "no-repair")) is { } unknown ? $"unknown option --{unknown}" : null;
        int? limit = null;
        if (error is null && a.Option("limit") is { } l)
        {
            limit = int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : null;
            error = limit is null ? "--limit needs a positive number" : null;
        }

        if (error is not null || a.Positional is not ["polnear"] || a.Option("data") is not { } data)
        {
            return CommandLine.UsageError(stderr, error ?? "eval needs: polnear --data DIR [--out DIR] [--model FILE] [--limit N]");
        }

        AttributionModel? model;
        IReadOnlyList<PolnearArticle> articles;
        try
        {
            model = a.Option("model") is { } file ? LoadModel(file) : AttributionModel.Default;
            articles = PolnearCorpus.Read(data, limit);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"crosscheck: {ex.Message}");
            return ExitCodes.Failed;
        }

        if (model is null)
        {
            stderr.WriteLine("crosscheck: no attribution model (train one with: crosscheck train polnear)");
            return ExitCodes.Failed;
        }

        if (a.Option("bias") is { } bias)
        {
            if (bias.Split(',') is not [{ } b1, { } b2]
                || !float.TryParse(b1, NumberStyles.Float, CultureInfo.InvariantCulture, out float sourceCueBias)
                || !float.TryParse(b2, NumberStyles.Float, CultureInfo.InvariantCulture, out float contentBias))
            {
                return CommandLine.UsageError(stderr, "--bias needs two numbers: S,C");
            }

            model = new AttributionModel(model.FirstContent, model.FirstSourceCue, model.Content, model.SourceCue)
            {
                SourceCueOutsideBias = sourceCueBias,
                ContentOutsideBias = contentBias,
            };
        }

        if (a.Flags.Contains("no-repair"))
        {
            model = new AttributionModel(model.FirstContent, model.FirstSourceCue, model.Content, model.SourceCue)
            {
                SourceCueOutsideBias = model.SourceCueOutsideBias,
                ContentOutsideBias = model.ContentOutsideBias,
                Repair = false,
            };
        }

        string? outDir = a.Option("out");
        var pairs = new List<(IReadOnlyList<BratSpan> Gold, IReadOnlyList<BratSpan> Predicted)>();
        var errors = new List<(string Name, string Text, PolnearErrors.Error Error)>();
        int missingGold = 0;
        try
        {
            if (outDir is not null)
            {
                Directory.CreateDirectory(outDir);
            }

            foreach (PolnearArticle article in articles)
            {
                BratDocument predicted = a.Flags.Contains("oracle") && article.Gold is { } g
                    ? PolnearEvaluator.Oracle(article.Text, g)
                    : PolnearEvaluator.Predict(model, article.Text);
                if (outDir is not null)
                {
                    File.WriteAllText(Path.Combine(outDir, article.Name + ".ann"), predicted.Format(article.Text));
                }

                if (article.Gold is null)
                {
                    missingGold++;
                    continue;
                }

                pairs.Add((article.Gold.Spans, predicted.Spans));
                foreach (string label in PolnearScores.Labels)
                {
                    errors.AddRange(PolnearErrors.Of(label, article.Gold.Spans, predicted.Spans).Select(e => (article.Name, article.Text, e)));
                }
            }

            if (a.Option("errors") is { } errorFile)
            {
                File.WriteAllText(errorFile, PolnearErrors.Format(errors));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: cannot write {outDir ?? a.Option("errors")}: {ex.Message}");
            return ExitCodes.Failed;
        }

        PolnearScores scores = PolnearScores.Of(pairs);
        stdout.WriteLine($"PolNeAR attribution on {pairs.Count} articles of {data}" + (missingGold > 0 ? $" ({missingGold} without gold, not scored)" : ""));
        stdout.WriteLine($"{"label",-8} {"match",-8} {"P",6} {"R",6} {"F1",6}   matched / predicted / gold");
        foreach (string label in PolnearScores.Labels)
        {
            Print(stdout, "exact", scores.ExactFor(label));
            Print(stdout, "overlap", scores.OverlapFor(label));
        }

        if (outDir is not null)
        {
            stdout.WriteLine($"brat files written to {outDir}");
        }

        return ExitCodes.Success;
    }

    private static void Print(TextWriter stdout, string kind, SpanScore s) =>
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Label,-8} {kind,-8} {s.Precision,6:F1} {s.Recall,6:F1} {s.F1,6:F1}   {s.Matched} / {s.Predicted} / {s.Gold}"));

    private static AttributionModel LoadModel(string file)
    {
        using FileStream stream = File.OpenRead(file);
        return AttributionModel.Load(stream);
    }
}
