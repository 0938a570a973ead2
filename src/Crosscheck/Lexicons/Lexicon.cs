using System.Collections.Concurrent;
using System.Reflection;

namespace Crosscheck.Lexicons;

/// <summary>
/// The one reader of the data files embedded from src/Crosscheck/Resources (word lists, tables, models).
/// A resource is named by its path under Resources/ with '/' ("Quotes/speech-verbs.txt", "stopwords-en.txt").
/// Text lists: one entry per line (several words a line where the list says so, tab-separated fields in .tsv
/// files); lines whose first non-blank character is '#' are comments, blank lines are skipped, every line is
/// trimmed. Each resource is read once and cached; a missing resource throws, naming it.
/// Depends on nothing but the BCL.
/// </summary>
internal static class Lexicon
{
    /// <summary>The manifest name prefix of the embedded files (the root namespace and the Resources folder).</summary>
    public const string ManifestPrefix = "Crosscheck.Resources.";

    /// <summary>The header line by which a list says it is a named subset of other lists ("# subset-of: A.txt B.txt").</summary>
    public const string SubsetHeader = "# subset-of:";

    private static readonly Assembly Assembly = typeof(Lexicon).Assembly;

    private static readonly ConcurrentDictionary<string, string[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The manifest name of the resource at <paramref name="path"/> (relative to Resources/).</summary>
    public static string ManifestName(string path) => ManifestPrefix + path.Replace('/', '.').Replace('\\', '.');

    /// <summary>The paths (relative to Resources/, with '/') of the embedded files, as far as the manifest names tell.</summary>
    public static IEnumerable<string> ManifestNames() =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ManifestPrefix, StringComparison.Ordinal));

    /// <summary>The trimmed, non-blank, non-comment lines of the list at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> Lines(string path) => Cache.GetOrAdd(path, ReadLines);

    /// <summary>The words of the list: its lines split at spaces and tabs.</summary>
    public static IReadOnlyList<string> Words(string path) =>
        [.. Lines(path).SelectMany(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>The lines of the list (one entry a line, kept whole) as a set with the given comparer.</summary>
    public static HashSet<string> LineSet(string path, StringComparer comparer) => new(Lines(path), comparer);

    /// <summary>The words of the list (several a line) as a set with the given comparer.</summary>
    public static HashSet<string> WordSet(string path, StringComparer comparer) => new(Words(path), comparer);

    /// <summary>The tab-separated fields of each line of the table at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string[]> Rows(string path) => [.. Lines(path).Select(l => l.Split('\t'))];

    /// <summary>
    /// The words of a list declared (header "# subset-of: PARENT …") to be a named subset of other lists; throws
    /// when a word is in none of them, so that the narrower list never drifts into a second definition.
    /// </summary>
    public static HashSet<string> SubsetWordSet(string path, StringComparer comparer)
    {
        var parent = new HashSet<string>(comparer);
        foreach (string p in SubsetParents(path))
        {
            parent.UnionWith(Words(p));
        }

        HashSet<string> words = WordSet(path, comparer);
        string[] stray = [.. words.Where(w => !parent.Contains(w))];
        if (parent.Count == 0 || stray.Length > 0)
        {
            throw new InvalidDataException(
                $"embedded resource Resources/{path} is declared a subset of [{string.Join(", ", SubsetParents(path))}] but {(parent.Count == 0 ? "names no parent" : "has words outside it: " + string.Join(" ", stray))}");
        }

        return words;
    }

    /// <summary>The lists named in the "# subset-of:" header of the list at <paramref name="path"/> (none when it has none).</summary>
    public static IReadOnlyList<string> SubsetParents(string path) =>
        [.. Header(path).Where(l => l.StartsWith(SubsetHeader, StringComparison.Ordinal))
            .SelectMany(l => l[SubsetHeader.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>The comment lines that open the text resource at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> Header(string path)
    {
        using var reader = new StreamReader(Open(path));
        var header = new List<string>();
        while (reader.ReadLine() is { } line && line.TrimStart().StartsWith('#'))
        {
            header.Add(line.Trim());
        }

        return header;
    }

    /// <summary>Opens the embedded file at <paramref name="path"/> (binary models too); throws naming it when missing.</summary>
    public static Stream Open(string path) =>
        TryOpen(path) ?? throw new InvalidOperationException($"embedded resource Resources/{path} is missing (manifest name {ManifestName(path)})");

    /// <summary>Opens the embedded file at <paramref name="path"/>, or null when the assembly has none.</summary>
    public static Stream? TryOpen(string path) => Assembly.GetManifestResourceStream(ManifestName(path));

    private static string[] ReadLines(string path)
    {
        using var reader = new StreamReader(Open(path));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return [.. lines];
    }
}
