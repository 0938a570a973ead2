using System.Text.RegularExpressions;
using Crosscheck.Lexicons;
using Xunit;

namespace Crosscheck.Tests.Architecture;

/// <summary>
/// Vocabulary is data, defined once: every embedded word list has a provenance header, no list is a copy of
/// another, and no source file holds a long list of quoted words (see src/Crosscheck/Resources/README.md).
/// </summary>
public sealed partial class LexiconTests
{
    /// <summary>The most quoted single words one array, set or list initializer (or one regex alternation) of a .cs file may hold.</summary>
    public const int MaxQuotedWords = 40;

    /// <summary>A list with at least this many entries, all of them in another list that is at most twice as long, is a copy.</summary>
    private const int MinCopyEntries = 8;

    public static TheoryData<string> Lists()
    {
        var data = new TheoryData<string>();
        foreach (string path in ListPaths())
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_list_loads_and_has_a_provenance_header(string path)
    {
        Assert.NotEmpty(Lexicon.Lines(path));
        Assert.True(HasProvenance(Lexicon.Header(path)), $"Resources/{path} lacks a provenance header (a leading '# Provenance: …' comment line)");
        if (Lexicon.SubsetParents(path).Count > 0)
        {
            Assert.NotEmpty(Lexicon.SubsetWordSet(path, StringComparer.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void No_list_is_defined_twice()
    {
        Assert.Empty(Copies(ListPaths().ToDictionary(p => p, p => (IReadOnlySet<string>)Entries(p), StringComparer.Ordinal), p => Lexicon.SubsetParents(p)));
    }

    [Fact]
    public void The_copy_check_fails_on_a_copied_list()
    {
        var lists = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            ["a.txt"] = Entries("Quotes/SpeechVerbs.txt"),
            ["b.txt"] = Entries("Quotes/SpeechVerbs.txt"),
            ["c.txt"] = new HashSet<string>(Entries("Quotes/SpeechVerbs.txt").Take(Entries("Quotes/SpeechVerbs.txt").Count * 3 / 4), StringComparer.OrdinalIgnoreCase),
        };
        IReadOnlyList<string> copies = Copies(lists, _ => []);
        Assert.Contains(copies, c => c.Contains("a.txt and b.txt are the same list", StringComparison.Ordinal));
        Assert.Contains(copies, c => c.StartsWith("c.txt copies", StringComparison.Ordinal));
        Assert.Empty(Copies(lists.Where(l => l.Key != "b.txt").ToDictionary(), p => p == "c.txt" ? ["a.txt"] : []));
    }

    [Fact]
    public void No_source_file_holds_a_long_list_of_quoted_words()
    {
        var offenders = new List<string>();
        string src = Path.Combine(TestPaths.RepoRoot, "src");
        foreach (string file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            string rel = Path.GetRelativePath(TestPaths.RepoRoot, file);
            // Evaluation code re-implements other projects' taggers to score against them (their word lists stay with
            // that code); it is moving out of the product library into its own project.
            if (rel.Contains("/bin/", StringComparison.Ordinal) || rel.Contains("/obj/", StringComparison.Ordinal) || rel.Contains("Evaluation", StringComparison.Ordinal))
            {
                continue;
            }

            offenders.AddRange(LongWordLists(File.ReadAllText(file)).Select(o => $"{rel}: {o}"));
        }

        Assert.True(offenders.Count == 0, "word lists belong in src/Crosscheck/Resources (read with Crosscheck.Lexicons.Lexicon):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_source_check_fails_on_a_long_list()
    {
        string words = string.Join(", ", Enumerable.Range(0, MaxQuotedWords + 1).Select(i => $"\"w{new string('a', i % 7 + 1)}{(char)('a' + (i % 26))}\""));
        Assert.Single(LongWordLists($"private static readonly HashSet<string> X = new(StringComparer.Ordinal)\n{{\n    {words},\n}};"));
        Assert.Single(LongWordLists($"string[] x = [{words}];"));
        string alternation = string.Join('|', Enumerable.Range(0, MaxQuotedWords + 1).Select(i => "word" + (char)('a' + (i % 26)) + (char)('a' + (i / 26))));
        Assert.Single(LongWordLists($"new Regex(@\"\\b({alternation})\\b\");"));
        Assert.Empty(LongWordLists("string[] x = [\"a\", \"b\", \"c\"];"));
    }

    private static bool HasProvenance(IReadOnlyList<string> header) =>
        header.Any(l => l.StartsWith("# Provenance:", StringComparison.Ordinal) || l.Contains("mined by", StringComparison.OrdinalIgnoreCase));

    /// <summary>The word lists and tables embedded from Resources/ (not the models, not the READMEs), by path.</summary>
    private static IEnumerable<string> ListPaths() =>
        Lexicon.ManifestNames()
            .Select(n => n[Lexicon.ManifestPrefix.Length..])
            .Where(n => n.EndsWith(".txt", StringComparison.Ordinal) || n.EndsWith(".tsv", StringComparison.Ordinal))
            .Where(n => !n.EndsWith("README.md", StringComparison.Ordinal))
            .Select(n =>
            {
                string[] parts = n.Split('.');
                return string.Join('/', parts[..^2]) + (parts.Length > 2 ? "/" : "") + parts[^2] + "." + parts[^1];
            })
            .Order(StringComparer.Ordinal);

    private static HashSet<string> Entries(string path) => new(Lexicon.Words(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Pairs of lists where one is the other, or one holds only entries of the other and at least half of them
    /// (a copy, not a selection from a large general list) without declaring it ("# subset-of: OTHER").
    /// </summary>
    private static IReadOnlyList<string> Copies(IReadOnlyDictionary<string, IReadOnlySet<string>> lists, Func<string, IReadOnlyList<string>> declaredParents)
    {
        var copies = new List<string>();
        foreach ((string a, IReadOnlySet<string> wa) in lists)
        {
            foreach ((string b, IReadOnlySet<string> wb) in lists)
            {
                if (string.CompareOrdinal(a, b) < 0 && wa.SetEquals(wb))
                {
                    copies.Add($"{a} and {b} are the same list");
                }
                else if (a != b && !wa.SetEquals(wb) && wa.Count >= MinCopyEntries && wa.Count * 2 >= wb.Count && wa.IsSubsetOf(wb)
                    && !declaredParents(a).Contains(b))
                {
                    copies.Add($"{a} copies {wa.Count} of the {wb.Count} entries of {b}: read {b} (or declare '# subset-of: {b}')");
                }
            }
        }

        return copies;
    }

    /// <summary>Initializers of quoted strings only (arrays, sets, collection expressions) and regex alternations with more than <see cref="MaxQuotedWords"/> words.</summary>
    internal static IEnumerable<string> LongWordLists(string code)
    {
        foreach (Match m in LiteralList().Matches(code))
        {
            int words = QuotedWord().Matches(m.Value).Count;
            if (words > MaxQuotedWords)
            {
                yield return $"{words} quoted words in one initializer ({m.Value.Trim()[..Math.Min(60, m.Value.Trim().Length)]}…)";
            }
        }

        foreach (Match m in Alternation().Matches(code))
        {
            int words = m.Value.Split('|').Length;
            if (words > MaxQuotedWords)
            {
                yield return $"{words} words in one regex alternation ({m.Value[..Math.Min(60, m.Value.Length)]}…)";
            }
        }
    }

    /// <summary>A brace or bracket holding only string literals, commas, whitespace and line comments.</summary>
    [GeneratedRegex(@"[\[{](?:\s|,|//[^\n]*\n|""(?:[^""\\\n]|\\.)*"")*[\]}]")]
    private static partial Regex LiteralList();

    [GeneratedRegex(@"""[\p{L}][\p{L}'\-.]*""")]
    private static partial Regex QuotedWord();

    [GeneratedRegex(@"\p{L}[\p{L}'\-]*(?:\|\p{L}[\p{L}'\-]*)+")]
    private static partial Regex Alternation();
}
