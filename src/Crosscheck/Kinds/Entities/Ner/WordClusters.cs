using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Entities.Ner;

/// <summary>
/// Word clusters learned by our own code from unlabeled news (Resources/Models/word-clusters.tsv, written by
/// <c>crosscheck train clusters</c>): each word has a path in a cluster tree, one character per level, so that its
/// prefixes name ever finer clusters (as the bit paths of Brown clusters). A word missing as written is looked up
/// lower-cased, then with a capital initial.
/// </summary>
public sealed class WordClusters
{
    public const string ResourcePath = "Models/word-clusters.tsv";
    private static readonly Lazy<WordClusters> Embedded = new(() => Lexicon.TryOpen(ResourcePath) is null ? new WordClusters(new Dictionary<string, string>()) : Parse(Lexicon.Lines(ResourcePath)));
    private readonly Dictionary<string, string> _paths;

    public WordClusters(IReadOnlyDictionary<string, string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _paths = new Dictionary<string, string>(paths, StringComparer.Ordinal);
    }

    /// <summary>The embedded clusters (none when the assembly has no cluster file).</summary>
    public static WordClusters Default => Embedded.Value;

    public int Count => _paths.Count;

    /// <summary>Reads "word TAB path" lines.</summary>
    public static WordClusters Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && tab < line.Length - 1)
            {
                paths.TryAdd(line[..tab], line[(tab + 1)..]);
            }
        }

        return new WordClusters(paths);
    }

    /// <summary>The cluster path of the word, or null when it has none.</summary>
    public string? PathOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_paths.TryGetValue(word, out string? path))
        {
            return path;
        }

        string lower = word.ToLowerInvariant();
        if (_paths.TryGetValue(lower, out path))
        {
            return path;
        }

        return lower.Length > 0 && _paths.TryGetValue(char.ToUpperInvariant(lower[0]) + lower[1..], out path) ? path : null;
    }
}
