using System.Diagnostics;
using Crosscheck.Lab.Stance;
using Crosscheck.Kinds.Claims.Stance;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck train stance [--data DIR] [--out FILE] [--holdout | --holdout-headlines | --new-claims]: trains the
/// stance model on FNC-1. With --holdout it trains on the training bodies of the split only and prints the hold-out
/// figures; --holdout-headlines holds out whole headlines (claims) with all their rows instead; --new-claims holds
/// out headlines and bodies (a test-like estimate: new claims on new bodies).
/// </summary>
public static class TrainStanceCommand
{
    public const string DefaultData = "../shared/data/fnc1";
    public const string DefaultOut = "src/Crosscheck/Resources/Models/stance.model";
    public const string DefaultHoldoutOut = "crosscheck-out/stance-holdout.model";
    public const string DefaultNewClaimsOut = "crosscheck-out/stance-new-claims.model";
    public const string DefaultHeadlineHoldoutOut = "crosscheck-out/stance-headline-holdout.model";
    /// <summary>Sentence vectors of the FNC-1 texts, kept between runs (not committed).</summary>
    public const string VectorStore = "crosscheck-out/stance-sentence-vectors.bin";
    private const string Usage = "train needs: stance [--data DIR] [--out FILE] [--holdout | --holdout-headlines | --new-claims] [--no-encoder] [--projection N]";
    private static readonly HashSet<string> Valued = ["data", "out", "projection"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault(f => f is not ("holdout" or "holdout-headlines" or "new-claims" or "no-encoder")) is { } unknown ? $"unknown option --{unknown}" : null;
        if (error is not null || a.Positional is not ["stance"])
        {
            return CommandLine.UsageError(stderr, error ?? Usage);
        }

        bool newClaims = a.Flags.Contains("new-claims");
        bool byHeadline = a.Flags.Contains("holdout-headlines");
        bool holdout = newClaims || byHeadline || a.Flags.Contains("holdout");
        if (a.Flags.Count(f => f is "holdout" or "holdout-headlines" or "new-claims") > 1)
        {
            return CommandLine.UsageError(stderr, "--holdout, --holdout-headlines and --new-claims exclude one another");
        }

        int projection = StanceTrainingOptions.Default.Projection;
        if (a.Option("projection") is { } p && (!int.TryParse(p, out projection) || projection is < 0 or > 64))
        {
            return CommandLine.UsageError(stderr, "--projection needs a number of dimensions from 0 to 64");
        }

        StanceTrainingOptions options = StanceTrainingOptions.Default with { Encoder = !a.Flags.Contains("no-encoder"), Projection = projection };
        string data = a.Option("data") ?? DefaultData;
        string output = a.Option("out") ?? (newClaims ? DefaultNewClaimsOut : byHeadline ? DefaultHeadlineHoldoutOut : holdout ? DefaultHoldoutOut : DefaultOut);
        IReadOnlyList<FncPair> pairs;
        try
        {
            pairs = FncData.Read(data);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: {e.Message}");
            return ExitCodes.Failed;
        }

        if (pairs.Any(p => p.Gold is null))
        {
            stderr.WriteLine($"crosscheck: {data}: every row needs a Stance to train on");
            return ExitCodes.Failed;
        }

        (IReadOnlyList<FncPair> training, IReadOnlyList<FncPair> held) =
            newClaims ? FncSplit.SplitByBodyAndHeadline(pairs) : byHeadline ? FncSplit.SplitByHeadline(pairs) : holdout ? FncSplit.Split(pairs) : (pairs, []);
        var clock = Stopwatch.StartNew();
        SentenceVectorStore? store = options.Encoder ? SentenceVectorStore.Open(VectorStore, stdout) : null;
        StanceModel model = new StanceTrainer(options, stdout, store).Train(training);
        clock.Stop();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            model.Save(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: cannot write {output}: {e.Message}");
            return ExitCodes.Failed;
        }

        stdout.WriteLine($"trained on {training.Count} rows in {clock.Elapsed.TotalSeconds:0} s; model written to {output} ({new FileInfo(output).Length / 1024} KB)");
        if (holdout)
        {
            // Score the model as saved, so the figures are those of the file.
            StanceModel saved = StanceModel.Load(output);
            saved = store is null ? saved : saved.WithVectors(store);
            int heldBodies = held.Select(p => p.BodyId).Distinct().Count(), heldHeadlines = held.Select(p => p.Headline).Distinct().Count();
            stdout.WriteLine(byHeadline
                ? $"hold-out: {held.Count} rows of {heldHeadlines} headlines never seen in training (their {heldBodies} bodies may be)"
                : $"hold-out: {held.Count} rows of {heldBodies} bodies never seen in training" +
                    (newClaims ? $" and {heldHeadlines} headlines never seen in training" : ""));
            stdout.Write(EvalFnc1Command.Score(saved, held).Format());
        }

        return ExitCodes.Success;
    }
}
