using System.Diagnostics;
using Crosscheck.Stance;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck train stance [--data DIR] [--out FILE] [--holdout]: trains the stance model on FNC-1.
/// With --holdout it trains on the training bodies of the split only and prints the hold-out figures; with
/// --new-claims it holds out headlines too (a test-like estimate: new claims on new bodies).
/// </summary>
public static class TrainStanceCommand
{
    public const string DefaultData = "../shared/data/fnc1";
    public const string DefaultOut = "src/Crosscheck/Resources/Models/stance.model";
    public const string DefaultHoldoutOut = "crosscheck-out/stance-holdout.model";
    public const string DefaultNewClaimsOut = "crosscheck-out/stance-new-claims.model";
    private static readonly HashSet<string> Valued = ["data", "out"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault(f => f is not ("holdout" or "new-claims")) is { } unknown ? $"unknown option --{unknown}" : null;
        if (error is not null || a.Positional is not ["stance"])
        {
            return CommandLine.UsageError(stderr, error ?? "train needs: stance [--data DIR] [--out FILE] [--holdout | --new-claims]");
        }

        bool newClaims = a.Flags.Contains("new-claims");
        bool holdout = newClaims || a.Flags.Contains("holdout");
        string data = a.Option("data") ?? DefaultData;
        string output = a.Option("out") ?? (newClaims ? DefaultNewClaimsOut : holdout ? DefaultHoldoutOut : DefaultOut);
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
            newClaims ? FncSplit.SplitByBodyAndHeadline(pairs) : holdout ? FncSplit.Split(pairs) : (pairs, []);
        var clock = Stopwatch.StartNew();
        StanceModel model = new StanceTrainer(StanceTrainingOptions.Default, stdout).Train(training);
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
            stdout.WriteLine($"hold-out: {held.Count} rows of {held.Select(p => p.BodyId).Distinct().Count()} bodies never seen in training" +
                (newClaims ? $" and {held.Select(p => p.Headline).Distinct().Count()} headlines never seen in training" : ""));
            stdout.Write(EvalFnc1Command.Score(saved, held).Format());
        }

        return ExitCodes.Success;
    }
}
