using System.Diagnostics;
using System.Globalization;
using Crosscheck.Kinds.Entities.Ner;
using Crosscheck.Lab.Evaluation.Conll;
using Crosscheck.Lab.Training;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck train ner [--data FILE] [--dev FILE] [--out FILE] [--epochs N] [--one-layer]: trains the entity tagger on
/// CoNLL-2003 eng.train and prints its figures on the development file.
/// </summary>
public static class TrainNerCommand
{
    public const string DefaultData = "../shared/data/conll2003/eng.train";
    public const string DefaultDev = "../shared/data/conll2003/eng.testa";
    public const string DefaultOut = "src/Crosscheck/Resources/Models/ner.model";
    private static readonly HashSet<string> Valued = ["data", "dev", "out", "epochs"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault(f => f != "one-layer") is { } unknown ? $"unknown option --{unknown}" : null;
        int epochs = NerTrainer.DefaultEpochs;
        if (error is null && a.Option("epochs") is { } e && (!int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out epochs) || epochs < 1))
        {
            error = "--epochs needs a positive number";
        }

        if (error is not null || a.Positional is not ["ner"])
        {
            return CommandLine.UsageError(stderr, error ?? "train needs: ner [--data FILE] [--dev FILE] [--out FILE] [--epochs N] [--one-layer]");
        }

        string data = a.Option("data") ?? DefaultData;
        string dev = a.Option("dev") ?? DefaultDev;
        string output = a.Option("out") ?? DefaultOut;
        ConllFile train;
        ConllFile? development;
        try
        {
            train = ConllFile.Read(data);
            development = File.Exists(dev) ? ConllFile.Read(dev) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"crosscheck: {ex.Message}");
            return ExitCodes.Failed;
        }

        if (WordClusters.Default.Count == 0)
        {
            stderr.WriteLine("crosscheck: warning: no word clusters embedded (crosscheck train clusters, then rebuild)");
        }

        var clock = Stopwatch.StartNew();
        var trainer = new NerTrainer
        {
            Epochs = epochs,
            Stacked = !a.Flags.Contains("one-layer"),
            Progress = (layer, epoch, errors) => stdout.WriteLine($"{layer,-30} epoch {epoch,2}: {errors} token errors ({clock.Elapsed.TotalSeconds:F0} s)"),
        };
        NerModel model = trainer.Train(train.Documents);
        double seconds = clock.Elapsed.TotalSeconds;
        if (!OutputFile.TryWrite(output, model.Save, stderr))
        {
            return ExitCodes.Failed;
        }

        stdout.WriteLine($"model trained on {train.Documents.Count} documents in {seconds:F0} s, written to {output} ({new FileInfo(output).Length / 1024} KB)");
        if (development is not null)
        {
            (ConllScorer scorer, _) = ConllEvaluation.Run(model, development);
            stdout.WriteLine($"{dev}:");
            stdout.WriteLine(scorer.Report());
        }

        return ExitCodes.Success;
    }
}
