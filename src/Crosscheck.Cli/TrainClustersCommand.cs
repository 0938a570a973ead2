using System.Globalization;
using Crosscheck.Ingestion;
using Crosscheck.Kinds.Entities.Ner;
using Crosscheck.Lab.Evaluation.Conll;
using Crosscheck.Lab.Evaluation.PolNeAR;
using Crosscheck.Lab.Training;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck train clusters [--fnc FILE] [--conll FILE] [--polnear DIR] [--exclude DIR] [--out FILE]: learns the word
/// clusters the entity tagger reads from unlabeled news (the FNC-1 bodies less those also under --exclude, the words
/// of CoNLL-2003 eng.train, the PolNeAR train texts) and writes them with their provenance.
/// </summary>
public static class TrainClustersCommand
{
    public const string DefaultConll = "../shared/data/conll2003/eng.train";
    public const string DefaultPolnear = "../shared/data/polnear/train";
    public const string DefaultExclude = "../shared/corpus";
    public const string DefaultOut = "src/Crosscheck/Resources/" + WordClusters.ResourcePath;
    private static readonly HashSet<string> Valued = ["fnc", "conll", "polnear", "exclude", "out"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault() is { } unknown ? $"unknown option --{unknown}" : null;
        if (error is not null || a.Positional is not ["clusters"])
        {
            return CommandLine.UsageError(stderr, error ?? "train needs: clusters [--fnc FILE] [--conll FILE] [--polnear DIR] [--exclude DIR] [--out FILE]");
        }

        // FNC-1 bodies only when asked for: the fnc-dev and held-out stories come from FNC-1, so by default the clusters
        // are learned from corpora that hold none of their names (CoNLL-2003 and PolNeAR train).
        string? fnc = a.Option("fnc");
        string conll = a.Option("conll") ?? DefaultConll;
        string polnear = a.Option("polnear") ?? DefaultPolnear;
        string exclude = a.Option("exclude") ?? DefaultExclude;
        string output = a.Option("out") ?? DefaultOut;
        var sentences = new List<IReadOnlyList<string>>();
        int bodies, articles, conllSentences;
        try
        {
            var held = Directory.Exists(exclude)
                ? new HashSet<string>(new InputReader().Read([exclude]).Documents.Select(d => Key(d.Text)), StringComparer.Ordinal)
                : [];
            string[] texts = fnc is null ? [] : [.. new InputReader().Read([fnc]).Documents.Select(d => d.Text).Where(t => !held.Contains(Key(t))).Distinct(StringComparer.Ordinal)];
            bodies = texts.Length;
            sentences.AddRange(texts.SelectMany(Lines));
            ConllFile file = ConllFile.Read(conll);
            IReadOnlyList<IReadOnlyList<string>> conllWords = [.. file.Documents.SelectMany(d => d.Words)];
            conllSentences = conllWords.Count;
            sentences.AddRange(conllWords);
            IReadOnlyList<PolnearArticle> polnearArticles = PolnearCorpus.Read(polnear);
            articles = polnearArticles.Count;
            sentences.AddRange(polnearArticles.SelectMany(x => Lines(x.Text)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"crosscheck: {ex.Message}");
            return ExitCodes.Failed;
        }

        var clusterer = new WordClusterer();
        IReadOnlyList<(string Word, string Path)> paths = clusterer.Cluster(sentences);
        string[] header =
        [
            "# Word clusters for the entity tagger (Kinds/Entities/Ner/WordClusters): word TAB path (one character a level of the cluster tree).",
            "# Provenance: learned by our own code (src/Crosscheck.Lab/Training/WordClusterer.cs: PPMI context vectors, hierarchical spherical k-means)",
            string.Create(CultureInfo.InvariantCulture, $"# from unlabeled text: {bodies} FNC-1 train bodies (none unless --fnc is given; less those under --exclude), the words of {conllSentences} CoNLL-2003 eng.train sentences,"),
            string.Create(CultureInfo.InvariantCulture, $"# and {articles} PolNeAR train texts. Reproduce with: crosscheck train clusters (from the repository root)."),
            string.Create(CultureInfo.InvariantCulture, $"# min count {clusterer.MinCount}, {clusterer.ContextWords} context words, branching {string.Join('x', clusterer.Branching)}, seed {clusterer.Seed}."),
        ];
        try
        {
            File.WriteAllLines(output, [.. header, .. paths.Where(p => !p.Word.StartsWith('#')).Select(p => p.Word + "\t" + p.Path)]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: cannot write {output}: {ex.Message}");
            return ExitCodes.Failed;
        }

        stdout.WriteLine($"{paths.Count} words clustered from {sentences.Count} lines, written to {output}");
        return ExitCodes.Success;
    }

    private static IEnumerable<IReadOnlyList<string>> Lines(string text) =>
        text.Split('\n').Select(l => (IReadOnlyList<string>)[.. WordClusterer.Words(l)]).Where(w => w.Count > 0);

    /// <summary>A text as compared with the excluded ones: its words, whitespace aside.</summary>
    private static string Key(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
