using System.Globalization;
using Crosscheck.Lab.Evaluation.Encoder;
using Crosscheck.Semantics;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck eval encoder [--sentences N] [--data FILE]: times the sentence encoder on the first N distinct
/// sentences of a news corpus (default the FNC-1 train bodies), one at a time and in batches, on one thread, and
/// prints its cosines on the documentation's example pairs beside the published ones.
/// </summary>
public static class EvalEncoderCommand
{
    public const string DefaultData = "../shared/data/fnc1/train_bodies.csv";
    public const int DefaultSentences = 1000;
    private static readonly HashSet<string> Valued = ["sentences", "data"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault() is { } unknown ? $"unknown option --{unknown}" : null;
        if (error is not null || a.Positional is not ["encoder"])
        {
            return CommandLine.UsageError(stderr, error ?? "eval needs: encoder [--sentences N] [--data FILE]");
        }

        if (!int.TryParse(a.Option("sentences") ?? DefaultSentences.ToString(CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1)
        {
            return CommandLine.UsageError(stderr, "--sentences needs a number of sentences (1 or more)");
        }

        string data = a.Option("data") ?? DefaultData;
        IReadOnlyList<string> sentences;
        try
        {
            sentences = EncoderSpeed.Sentences(data, count);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: {e.Message}");
            return ExitCodes.Failed;
        }

        EncoderSpeedResult r;
        try
        {
            r = EncoderSpeed.Measure(sentences);
        }
        catch (SentenceEncoderException e)
        {
            stderr.WriteLine($"crosscheck: the sentence encoder is unavailable: {e.Message}");
            return ExitCodes.Failed;
        }

        stdout.WriteLine(FormattableString.Invariant($"sentence encoder {SentenceEncoder.ModelName}: {r.Sentences} distinct sentences of {data}, {r.MeanWordPieces:0.0} word pieces on average (at most {SentenceEncoder.MaxTokens})"));
        stdout.WriteLine(FormattableString.Invariant($"model load      {r.Load.TotalMilliseconds,8:0} ms"));
        stdout.WriteLine(FormattableString.Invariant($"one by one      {r.OneByOnePerSecond,8:0.0} sentences/s  {r.OneByOneMsPerSentence,6:0.00} ms/sentence  (1 thread)"));
        stdout.WriteLine(FormattableString.Invariant($"batches of {SentenceEncoder.BatchSize,-4} {r.BatchedPerSecond,8:0.0} sentences/s  {r.BatchedMsPerSentence,6:0.00} ms/sentence  (1 thread)"));
        foreach (ReferencePair p in r.Reference)
        {
            stdout.WriteLine(FormattableString.Invariant($"cosine {p.Ours:0.0000} (published {p.Published:0.0000})  \"{p.A}\" / \"{p.B}\""));
        }

        return ExitCodes.Success;
    }
}
