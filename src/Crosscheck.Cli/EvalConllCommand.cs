using Crosscheck.Kinds.Entities.Ner;
using Crosscheck.Lab.Evaluation.Conll;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck eval conll2003 --data FILE [--out FILE] [--model FILE]: runs the entity tagger on a CoNLL-2003 file,
/// prints conlleval's precision, recall and exact-span F1 (overall and per type) and writes every input line with the
/// predicted tag appended as the last column.
/// </summary>
public static class EvalConllCommand
{
    private static readonly HashSet<string> Valued = ["data", "out", "model"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault() is { } unknown ? $"unknown option --{unknown}" : null;
        if (error is not null || a.Positional is not ["conll2003"] || a.Option("data") is not { } data)
        {
            return CommandLine.UsageError(stderr, error ?? "eval needs: conll2003 --data FILE [--out FILE] [--model FILE]");
        }

        NerModel? model;
        ConllFile file;
        try
        {
            model = a.Option("model") is { } path ? LoadModel(path) : NerModel.Default;
            file = ConllFile.Read(data);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"crosscheck: {ex.Message}");
            return ExitCodes.Failed;
        }

        if (model is null)
        {
            stderr.WriteLine("crosscheck: no entity tagger model (train one with: crosscheck train ner)");
            return ExitCodes.Failed;
        }

        (ConllScorer scorer, IReadOnlyDictionary<int, string> predicted) = ConllEvaluation.Run(model, file);
        if (a.Option("out") is { } output)
        {
            try
            {
                File.WriteAllLines(output, file.WithPredictions(predicted));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"crosscheck: cannot write {output}: {ex.Message}");
                return ExitCodes.Failed;
            }
        }

        stdout.WriteLine(scorer.Report());
        return ExitCodes.Success;
    }

    private static NerModel LoadModel(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return NerModel.Load(stream);
    }
}
