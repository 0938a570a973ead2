using System.Diagnostics;
using Crosscheck.Kinds.Attributions;
using Crosscheck.Lab.Evaluation.PolNeAR;
using Crosscheck.Lab.Training;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck train polnear [--data DIR] [--out FILE] [--epochs N] [--cue-epochs N]: trains the attribution tagger on
/// PolNeAR train (--epochs: passes of the content layers, --cue-epochs: of the source/cue layer).
/// </summary>
public static class TrainPolnearCommand
{
    public const string DefaultData = "../shared/data/polnear/train";
    public const string DefaultOut = "src/Crosscheck/Resources/Models/attribution.model";
    private static readonly HashSet<string> Valued = ["data", "out", "epochs", "cue-epochs"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault() is { } unknown ? $"unknown option --{unknown}" : null;
        int epochs = AttributionTrainer.DefaultEpochs;
        if (error is null && a.Option("epochs") is { } e && (!int.TryParse(e, out epochs) || epochs < 1))
        {
            error = "--epochs needs a positive number";
        }

        int cueEpochs = AttributionTrainer.DefaultSourceCueEpochs;
        if (error is null && a.Option("cue-epochs") is { } c && (!int.TryParse(c, out cueEpochs) || cueEpochs < 1))
        {
            error = "--cue-epochs needs a positive number";
        }

        if (error is not null || a.Positional is not ["polnear"])
        {
            return CommandLine.UsageError(stderr, error ?? "train needs: polnear [--data DIR] [--out FILE] [--epochs N] [--cue-epochs N]");
        }

        string data = a.Option("data") ?? DefaultData;
        string output = a.Option("out") ?? DefaultOut;
        IReadOnlyList<PolnearArticle> articles;
        try
        {
            articles = PolnearCorpus.Read(data);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: {data}: {ex.Message}");
            return ExitCodes.Failed;
        }

        var training = articles.Where(x => x.Gold is not null).Select(x => (x.Text, PolnearEvaluator.GoldSpans(x.Gold!))).ToList();
        if (training.Count == 0)
        {
            stderr.WriteLine($"crosscheck: {data}: no annotated articles");
            return ExitCodes.Failed;
        }

        var clock = Stopwatch.StartNew();
        var trainer = new AttributionTrainer
        {
            Epochs = epochs,
            SourceCueEpochs = cueEpochs,
            Progress = (layer, epoch, errors) => stdout.WriteLine($"{layer,-10} epoch {epoch,2}: {errors} token errors ({clock.Elapsed.TotalSeconds:F0} s)"),
        };
        AttributionModel model = trainer.Train(training);
        if (!OutputFile.TryWrite(output, model.Save, stderr))
        {
            return ExitCodes.Failed;
        }

        stdout.WriteLine($"model trained on {training.Count} articles in {clock.Elapsed.TotalSeconds:F0} s, written to {output} ({new FileInfo(output).Length / 1024} KB)");
        return ExitCodes.Success;
    }
}
