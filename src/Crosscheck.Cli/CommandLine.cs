namespace Crosscheck.Cli;

/// <summary>Dispatches the crosscheck sub-commands.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage:
          crosscheck analyze <paths or links…> [--out DIR] [--db FILE|URL] [--quiet] [--claim "text"]…
                                      [--hypothesis "text"]… [--case FILE] [--save-case]
                                      [--urls FILE] [--allow-private] [--refetch]
              Analyze files, folders and links (text, HTML, PDF, Word, e-mail/mbox, RSS/Atom, JSON Lines, CSV
              with a text column). Links (http, https; also one a line in --urls FILE) are fetched within 30 s,
              20 MB and 5 redirects, and kept in DIR/fetched so a later run reads the same copy offline (--refetch
              fetches again); private and loopback addresses are refused unless --allow-private.
              Writes report.html, report.md and report.json to DIR (default ./crosscheck-out) and stores the
              run in FILE (default DIR/crosscheck.db). Each --claim (repeatable) gives every article's stance
              toward that claim (agree, disagree, discuss, unrelated) from the learned stance model, with evidence.
              --hypothesis adds a hypothesis of your own (repeatable). The case file (default
              crosscheck.case.json in the first input when it is a folder) adds, renames, merges and drops
              hypotheses (docs/case-file.md); --save-case writes it back with the --hypothesis texts added.
              --db of analyze, search, export and serve takes a SQLite file or a PostgreSQL store, as a URL
              (postgres://user:password@host:5432/db) or a connection string (Host=…;Database=…): docs/DEPLOYMENT.md.
          crosscheck search "text" [--db FILE|URL] [--limit N]
              Full-text search over the stored documents and findings.
              Matches are shown between [brackets]; a trailing * searches a prefix.
          crosscheck export --format claimreview|ftm|gexf|timelinejs [--db FILE|URL] [--out FILE] [--report URL]
              The latest analysis in the store FILE (default ./crosscheck-out/crosscheck.db) in an analysts' format,
              written to --out (stdout without it): claimreview (schema.org ClaimReview JSON-LD, one review per
              hypothesis and claim), ftm (FollowTheMoney entities as JSON lines, for Aleph and Datashare), gexf
              (GEXF 1.3 graph for Gephi), timelinejs (TimelineJS JSON). Links to a sentence point into report.html,
              or into URL with --report.
          crosscheck serve [--case FOLDER] [--db FILE|URL] [--urls URL] [--allow-private]
              The web workspace over the store FILE (default ./crosscheck-out/crosscheck.db) at URL (default
              http://127.0.0.1:5000): views, search, entity edits, uploads, the JSON API (/api, /openapi/v1.json).
              --case FOLDER analyzes the folder into the store first when the store has no analysis yet.
              Links added in the workspace may reach private addresses only with --allow-private.
          crosscheck eval case <folder> [--gold FILE] [--misses]
              Analyze a case folder and print its acceptance figures against its gold.json
              (exit code 2 when a target is missed).
          crosscheck eval polnear --data DIR [--out DIR] [--model FILE] [--limit N] [--bias S,C] [--errors FILE] [--no-repair] [--oracle]
              Run the attribution tagger on DIR/text (PolNeAR layout), write one brat .ann per article to DIR
              of --out, and print exact and overlap P/R/F1 for Source, Cue and Content against DIR/attributions.
              --limit scores the first N articles only; --bias adds S and C to the outside tag's score when
              decoding sources/cues and contents (below 0 favours recall).
          crosscheck eval newsquant --data FILE [--out FILE] [--from N] [--take N] [--errors]
              Run the quantity recognizer on each NewsQuant sentence (CQE_Evaluation layout), write the
              predictions to FILE, print precision, recall and F1 for value and value + change, and unit accuracy;
              --errors lists each missed, spurious or wrongly labelled quantity.
          crosscheck eval tempeval3 --data DIR [--out DIR] [--errors]
              Run the temporal recognizer on the TimeML files under DIR (TempEval-3 layout), write them with
              our TIMEX3 tags to --out, and print strict/relaxed extent F1 and value/type F1;
              --errors also lists every missed, spurious and wrongly valued TIMEX3.
          crosscheck eval conll2003 --data FILE [--out FILE] [--model FILE]
              Run the entity tagger on a CoNLL-2003 file (one token a line, IOB1 tags last), print conlleval's
              precision, recall and exact-span F1 overall and per type (PER, ORG, LOC, MISC), and write every
              input line with the predicted tag appended as the last column to FILE of --out.
          crosscheck train aliases --data FILE [--out FILE] [--show]
              Mine alias groups ("X, also known as Y", "Long Name (ACR)") from a news corpus and write the
              gazetteer (default src/Crosscheck/Resources/Entities/mined-aliases.tsv, run from the repository root);
              --show also prints every alias statement found.
          crosscheck train polnear [--data DIR] [--out FILE] [--epochs N] [--cue-epochs N]
              Train the attribution tagger on PolNeAR train (default ../shared/data/polnear/train) and write
              the model (default src/Crosscheck/Resources/Models/attribution.model, run from the repository root).
          crosscheck train clusters [--fnc FILE] [--conll FILE] [--polnear DIR] [--exclude DIR] [--out FILE]
              Learn the word clusters the entity tagger reads from unlabeled news (CoNLL-2003 eng.train words, PolNeAR
              train texts, and FNC-1 bodies only with --fnc, less those under --exclude, default ../shared/corpus) and write
              them (default src/Crosscheck/Resources/Models/word-clusters.tsv, run from the repository root).
          crosscheck train ner [--data FILE] [--dev FILE] [--out FILE] [--epochs N] [--one-layer]
              Train the entity tagger on CoNLL-2003 (default ../shared/data/conll2003/eng.train), write the model
              (default src/Crosscheck/Resources/Models/ner.model) and print its figures on --dev (default eng.testa).
          crosscheck train stance [--data DIR] [--out FILE] [--holdout | --holdout-headlines | --new-claims] [--no-encoder] [--projection N]
              Train the stance model on FNC-1 (default DIR ../shared/data/fnc1, FILE
              src/Crosscheck/Resources/Models/stance.model). --holdout trains on 80% of the bodies only
              (fixed seed), writes crosscheck-out/stance-holdout.model and prints the figures on the other 20%;
              --holdout-headlines holds out 20% of the headlines (claims) with all their rows instead;
              --new-claims holds out 20% of the headlines and of the bodies and scores new claims on new bodies only.
              Sentence vectors are kept in crosscheck-out/stance-sentence-vectors.bin between runs; --no-encoder leaves
              out the sentence-encoder features, --projection N (default 8) sets the dims of the projected
              claim ⊙ best-sentence vector among them.
          crosscheck eval fnc1 --data DIR [--predictions FILE] [--model FILE] [--holdout]
              Score the stance model (default: the built-in one) on DIR's *_bodies.csv and *_stances.csv:
              FNC score, macro-F1, per-class F1, confusion matrix; --predictions writes Headline,Body ID,Stance.
              --holdout scores only the hold-out bodies of DIR's split (use a model trained with --holdout).
          crosscheck eval encoder [--sentences N] [--data FILE]
              Time the sentence encoder (all-MiniLM-L6-v2) on the first N distinct sentences (default 1000) of
              FILE (default ../shared/data/fnc1/train_bodies.csv), one at a time and in batches, on one thread,
              and check its cosines on the sentence-transformers documentation's example against the published ones.
          crosscheck eval store --db FILE|URL [--report FILE] [--runs N]
              Time the store on the report FILE (default ./crosscheck-out/report.json) on the back end --db names:
              opening it, saving the report N times (default 5; the first inserts, the others update), loading it back
              and a search. It adds N runs to the store: give it a store of its own.
          crosscheck eval articles --data DIR --gold FILE [--out FILE] [--pages]
              Extract the article body of each saved page DIR/ID.html as analyze reads and cleans it, and score it
              against FILE ({id: {"articleBody"}}) with the benchmark's word 4-gram shingle precision, recall and F1;
              --out writes the bodies in the same format, --pages prints each page's figures.
          crosscheck bench [--docs N] [--seed S] [--single N] [--out DIR] [--corpus DIR] [--no-store] [--quiet] [--long MB,MB…]
              Analyze N (default 1000) distinct synthetic documents recombined from the FNC-1 bodies and PolNeAR train
              texts in ../shared/data (seed S) with the analyze pipeline, and print each step's wall and CPU time
              (extraction, each set analyzer, report model, each report, the store), documents/s and MB/s on all cores
              and on one thread (the first N of --single, default 200), and the peak memory. --out keeps the reports
              and store in DIR; --corpus writes the documents to DIR as text files, for crosscheck analyze.
              --long 0.1,1,5,19 instead analyzes one plain-text document of each size (MB) alone and prints
              seconds per MB: a cost that grows faster than the length shows a step that is not linear.

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
            "export" => ExportCommand.Run(rest, stdout, stderr),
            "serve" => ServeCommand.Run(rest, stdout, stderr),
            "eval" => EvalCommand.Run(rest, stdout, stderr),
            "train" => TrainCommand.Run(rest, stdout, stderr),
            "bench" => BenchCommand.Run(rest, stdout, stderr),
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
