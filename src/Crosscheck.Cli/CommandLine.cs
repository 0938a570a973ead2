namespace Crosscheck.Cli;

/// <summary>Dispatches the crosscheck sub-commands.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage:
          crosscheck analyze <paths…> [--out DIR] [--db FILE] [--quiet]
                                      [--hypothesis "text"]… [--case FILE] [--save-case]
              Analyze files and folders (text, HTML, e-mail/mbox, RSS/Atom, JSON Lines, CSV with a text column).
              Writes report.html, report.md and report.json to DIR (default ./crosscheck-out) and stores the
              run in FILE (default DIR/crosscheck.db).
              --hypothesis adds a hypothesis of your own (repeatable). The case file (default
              crosscheck.case.json in the first input when it is a folder) adds, renames, merges and drops
              hypotheses (docs/case-file.md); --save-case writes it back with the --hypothesis texts added.
          crosscheck search "text" [--db FILE] [--limit N]
              Full-text search over the stored documents and findings.
              Matches are shown between [brackets]; a trailing * searches a prefix.
          crosscheck eval case <folder> [--gold FILE] [--misses]
              Analyze a case folder and print its acceptance figures against its gold.json
              (exit code 2 when a target is missed).
          crosscheck train aliases --data FILE [--out FILE] [--show]
              Mine alias groups ("X, also known as Y", "Long Name (ACR)") from a news corpus and write the
              gazetteer (default src/Crosscheck/Resources/Entities/mined-aliases.tsv, run from the repository root);
              --show also prints every alias statement found.

        exit codes:
          0  success
          1  usage error (nothing was done)
          2  the analysis ran, but some inputs could not be read (each named on stderr)
          3  failure: no input could be analyzed, or the reports or the store could not be written or read
        """;

    /// <param name="interactive">True when stdout is a terminal (progress bars, bold matches); false for plain text.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        string[] rest = args[1..];
        return args[0] switch
        {
            "analyze" => AnalyzeCommand.Run(rest, stdout, stderr, interactive),
            "search" => SearchCommand.Run(rest, stdout, stderr, interactive),
            "eval" => EvalCommand.Run(rest, stdout, stderr),
            "train" => TrainCommand.Run(rest, stdout, stderr),
            _ => UsageError(stderr, $"unknown command '{args[0]}'"),
        };
    }

    public static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"crosscheck: {message}");
        stderr.WriteLine(Usage);
        return ExitCodes.Usage;
    }
}
