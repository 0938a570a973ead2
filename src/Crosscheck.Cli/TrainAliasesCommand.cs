using Crosscheck.Ingestion;
using Crosscheck.Lab.Training;
using Crosscheck.Model;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck train aliases --data FILE [--exclude DIR] [--out FILE] [--show]: mines the alias gazetteer from a background news
/// corpus, leaving out every text that is also under DIR (the evaluation stories must not feed a gazetteer).
/// </summary>
public static class TrainAliasesCommand
{
    public const string DefaultOut = "src/Crosscheck/Resources/Entities/mined-aliases.tsv";
    private static readonly HashSet<string> Valued = ["data", "out", "exclude"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault(f => f != "show") is { } unknown ? $"unknown option --{unknown}" : null;
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        if (a.Positional is not ["aliases"] || a.Option("data") is not { } data)
        {
            return CommandLine.UsageError(stderr, "train needs: aliases --data FILE [--exclude DIR] [--out FILE]");
        }

        ReadResult read = new InputReader().Read([data]);
        foreach (InputProblem p in read.Problems)
        {
            stderr.WriteLine($"crosscheck: {p.File}: {p.Reason}");
        }

        if (read.Documents.Count == 0)
        {
            stderr.WriteLine($"crosscheck: {data}: no text to mine");
            return ExitCodes.Failed;
        }

        IReadOnlyList<SourceDocument> documents = read.Documents;
        if (a.Option("exclude") is { } exclude)
        {
            var held = new HashSet<string>(new InputReader().Read([exclude]).Documents.Select(d => Key(d.Text)), StringComparer.Ordinal);
            documents = [.. documents.Where(d => !held.Contains(Key(d.Text)))];
            stdout.WriteLine($"{read.Documents.Count - documents.Count} texts also under {exclude} left out");
        }

        var miner = new AliasMiner();
        if (a.Flags.Contains("show"))
        {
            foreach (AliasStatement s in documents.Select(d => d.Text).Distinct(StringComparer.Ordinal).SelectMany(miner.Statements))
            {
                stdout.WriteLine((s.Strong ? "strong  " : "weak    ") + string.Join(" = ", s.Names));
            }
        }

        IReadOnlyList<IReadOnlyList<string>> groups = miner.Mine(documents.Select(d => d.Text));
        string output = a.Option("out") ?? DefaultOut;
        try
        {
            File.WriteAllText(output, MinedAliasFile.Format(groups, Path.GetFileName(data), documents.Count, DateOnly.FromDateTime(DateTime.UtcNow)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: cannot write {output}: {e.Message}");
            return ExitCodes.Failed;
        }

        stdout.WriteLine($"{groups.Count} alias groups from {documents.Count} texts written to {output}");
        return read.Problems.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    /// <summary>A text as compared with the excluded ones: its words, whitespace aside.</summary>
    private static string Key(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
