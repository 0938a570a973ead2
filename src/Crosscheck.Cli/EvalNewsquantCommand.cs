using Crosscheck.Lab.Evaluation.NewsQuant;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck eval newsquant --data FILE [--out FILE] [--from N] [--take N] [--errors]: runs the quantity recognizer
/// on each NewsQuant sentence, writes the predictions, and prints precision, recall and F1 for value and value + change.
/// </summary>
public static class EvalNewsquantCommand
{
    private static readonly HashSet<string> Valued = ["data", "out", "from", "take"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        if (a.Flags.FirstOrDefault(f => f != "errors") is { } unknown)
        {
            return CommandLine.UsageError(stderr, $"unknown option --{unknown}");
        }

        if (a.Positional.Count != 1 || a.Option("data") is not { } data)
        {
            return CommandLine.UsageError(stderr, "eval needs: newsquant --data FILE [--out FILE] [--from N] [--take N] [--errors]");
        }

        if (!int.TryParse(a.Option("from") ?? "0", out int from) || from < 0 || !int.TryParse(a.Option("take") ?? int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), out int take) || take < 0)
        {
            return CommandLine.UsageError(stderr, "--from and --take need a number of sentences");
        }

        IReadOnlyList<NewsQuantSentence> gold;
        try
        {
            gold = [.. NewsQuantReader.Read(data).Skip(from).Take(take)];
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: {e.Message}");
            return ExitCodes.Failed;
        }

        (IReadOnlyList<NewsQuantSentence> predicted, NewsQuantScore score) = NewsQuantEvaluation.Run(gold);
        if (a.Option("out") is { } output)
        {
            try
            {
                NewsQuantWriter.Write(output, predicted);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"crosscheck: {output}: {e.Message}");
                return ExitCodes.Failed;
            }
        }

        if (a.Flags.Contains("errors"))
        {
            foreach (NewsQuantError e in score.Errors)
            {
                stdout.WriteLine($"{e.Kind,-11} #{from + e.Sentence,-3} gold {Show(e.Gold)}  ours {Show(e.Predicted)}  | {e.Text}");
            }
        }

        stdout.WriteLine($"NewsQuant: {gold.Count} sentences of {data}");
        stdout.WriteLine($"value           {score.Value}");
        stdout.WriteLine($"value + change  {score.ValueChange}");
        stdout.WriteLine(FormattableString.Invariant($"unit accuracy on value matches {100 * score.UnitAccuracy:0.0} ({score.UnitMatched} of {score.Value.Correct})"));
        return ExitCodes.Success;
    }

    private static string Show(NewsQuantQuantity? q) => q is null ? "-" : $"[{q.Change} {q.Value} {q.NormalizedUnit}]";
}
