using System.Globalization;
using System.Text;
using Crosscheck.Kinds.Claims.Stance;
using Crosscheck.Lab.Stance;
using Crosscheck.Reporting;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck eval fnc1 --data DIR [--predictions FILE] [--model FILE] [--holdout]: scores the stance model
/// on an FNC-1 folder (FNC weighted score, macro-F1, per-class figures, confusion matrix) and writes the
/// predictions in the official submission format.
/// </summary>
public static class EvalFnc1Command
{
    private static readonly HashSet<string> Valued = ["data", "predictions", "model"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault(f => f != "holdout") is { } unknown ? $"unknown option --{unknown}" : null;
        if (error is not null || a.Positional is not ["fnc1"] || a.Option("data") is not { } data)
        {
            return CommandLine.UsageError(stderr, error ?? "eval needs: fnc1 --data DIR [--predictions FILE] [--model FILE] [--holdout]");
        }

        IReadOnlyList<FncPair> pairs;
        StanceModel model;
        try
        {
            pairs = FncData.Read(data);
            model = a.Option("model") is { } file ? StanceModel.Load(file) : StanceModel.Default;
            if (model.Featurizer.UsesEncoder)
            {
                model = model.WithVectors(SentenceVectorStore.Open(TrainStanceCommand.VectorStore, stdout));
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: {e.Message}");
            return ExitCodes.Failed;
        }

        if (a.Flags.Contains("holdout"))
        {
            pairs = FncSplit.Split(pairs).Holdout;
            stdout.WriteLine($"hold-out part of {data}: {pairs.Count} rows of {pairs.Select(p => p.BodyId).Distinct().Count()} bodies");
        }

        var trained = model.TrainingBodies.ToHashSet();
        int seen = pairs.Select(p => p.BodyId).Distinct().Count(trained.Contains);
        if (seen > 0)
        {
            stdout.WriteLine($"warning: the model was trained on rows of {seen} of these bodies (same Body IDs); the figures are not a held-out measure");
        }

        IReadOnlyList<StanceLabel> predicted = Predict(model, pairs);
        if (a.Option("predictions") is { } output)
        {
            try
            {
                File.WriteAllText(output, Submission(pairs, predicted), new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"crosscheck: cannot write {output}: {e.Message}");
                return ExitCodes.Failed;
            }

            stdout.WriteLine($"predictions written to {output}");
        }

        if (pairs.All(p => p.Gold is not null) && pairs.Count > 0)
        {
            stdout.Write(FncScore.Of(pairs.Select((p, i) => (p.Gold!.Value, predicted[i]))).Format());
        }
        else
        {
            stdout.WriteLine("no gold stances: nothing to score");
        }

        return ExitCodes.Success;
    }

    /// <summary>The model's figures on labelled rows.</summary>
    public static FncScore Score(StanceModel model, IReadOnlyList<FncPair> pairs)
    {
        IReadOnlyList<StanceLabel> predicted = Predict(model, pairs);
        return FncScore.Of(pairs.Select((p, i) => (p.Gold!.Value, predicted[i])));
    }

    private static IReadOnlyList<StanceLabel> Predict(StanceModel model, IReadOnlyList<FncPair> pairs) =>
        StanceTrainer.Featurize(model.Featurizer, pairs).ConvertAll(r => model.Predict(r).Label);

    /// <summary>The official submission format: Headline,Body ID,Stance, quoted as CSV needs (<see cref="Csv"/>), one line each (LF), in input order.</summary>
    public static string Submission(IReadOnlyList<FncPair> pairs, IReadOnlyList<StanceLabel> predicted) =>
        Csv.Table(
            ["Headline", "Body ID", "Stance"],
            pairs.Select((p, i) => new[] { p.Headline, p.BodyId.ToString(CultureInfo.InvariantCulture), StanceLabels.Name(predicted[i]) }),
            "\n");
}
