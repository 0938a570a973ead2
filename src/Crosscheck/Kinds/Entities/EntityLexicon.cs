using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Entities;

/// <summary>The word lists used to find and classify names (see Resources/README.md). Immutable and thread-safe.</summary>
public sealed class EntityLexicon
{
    private EntityLexicon()
    {
        var titles = new List<string[]>();
        foreach (string line in Lexicon.Lines("person-titles.txt"))
        {
            titles.Add(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        Titles = [.. titles.OrderByDescending(t => t.Length)];
        TitleWords = new HashSet<string>(titles.Where(t => t.Length == 1).Select(t => t[0]), StringComparer.Ordinal);
        LowercaseTitles = new HashSet<string>(titles.Where(t => t.Length == 1).Select(t => t[0].ToLowerInvariant()), StringComparer.Ordinal);
        OrganizationHeads = Lexicon.LineSet("organization-heads.txt", StringComparer.Ordinal);
        (PlaceHeads, FacilityHeads) = SplitSection("place-heads.txt", "[facility]");
        (HashSet<string> nonEntityWords, NonEntityHeads) = SplitSection("non-entity-words.txt", "[heads]");
        nonEntityWords.UnionWith(Lexicon.Words("Dates/month-names.txt"));
        nonEntityWords.UnionWith(Lexicon.Words("Dates/month-abbreviations.txt").Select(a => a + "."));
        nonEntityWords.UnionWith(Lexicon.Words("Dates/weekday-names.txt"));
        NonEntityWords = nonEntityWords;
        Particles = Lexicon.LineSet("name-particles.txt", StringComparer.Ordinal);
        AcronymStoplist = Lexicon.LineSet("acronym-stoplist.txt", StringComparer.Ordinal);
        FirstNames = Lexicon.LineSet("first-names.txt", StringComparer.Ordinal);
        StopWords = Lexicon.LineSet("stopwords-en.txt", StringComparer.OrdinalIgnoreCase);
        FunctionWords = Lexicon.LineSet("function-words.txt", StringComparer.OrdinalIgnoreCase);
        GroupWords = Lexicon.LineSet("group-words.txt", StringComparer.Ordinal);
        OutletWords = Lexicon.LineSet("news-outlet-words.txt", StringComparer.Ordinal);
        ProductWords = Lexicon.LineSet("product-words.txt", StringComparer.Ordinal);
    }

    public static EntityLexicon Instance { get; } = new();

    /// <summary>Person titles as word sequences, longest first.</summary>
    public IReadOnlyList<string[]> Titles { get; }

    /// <summary>Single-word titles ("Minister", "Gen.").</summary>
    public IReadOnlySet<string> TitleWords { get; }

    /// <summary>Single-word titles in lowercase ("spokesperson", "president"), as they stand before a name.</summary>
    public IReadOnlySet<string> LowercaseTitles { get; }

    public IReadOnlySet<string> OrganizationHeads { get; }

    public IReadOnlySet<string> PlaceHeads { get; }

    public IReadOnlySet<string> FacilityHeads { get; }

    public IReadOnlySet<string> NonEntityWords { get; }

    public IReadOnlySet<string> NonEntityHeads { get; }

    public IReadOnlySet<string> Particles { get; }

    public IReadOnlySet<string> AcronymStoplist { get; }

    public IReadOnlySet<string> FirstNames { get; }

    public IReadOnlySet<string> StopWords { get; }

    public IReadOnlySet<string> FunctionWords { get; }

    public IReadOnlySet<string> GroupWords { get; }

    /// <summary>Words marking a news outlet, and names of large news organisations (Resources/news-outlet-words.txt).</summary>
    public IReadOnlySet<string> OutletWords { get; }

    /// <summary>Words that follow a maker's name to name a product or model ("Watch", "Air", "Pro"): Resources/product-words.txt.</summary>
    public IReadOnlySet<string> ProductWords { get; }

    public CountryGazetteer Countries => CountryGazetteer.Instance;

    /// <summary>World cities of 200,000 people or more (Resources/Entities/cities.tsv).</summary>
    public CityGazetteer Cities => CityGazetteer.Instance;

    /// <summary>True for "NRA", "N.R.A.", "ABC-K": 2–7 capital letters, maybe dotted, maybe with a one-letter suffix.</summary>
    public static bool IsAcronym(string word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '-'))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 7 && char.IsUpper(word[0]);
    }

    /// <summary>
    /// A word for a nationality, religion or group rather than an entity: "Germans", "Catholics",
    /// "Sunni", "Jewish", adjectives in -ic, -ist, -ish.
    /// </summary>
    public bool IsGroupWord(string word)
    {
        if (GroupWords.Contains(word) || Countries.IsDemonym(word) || IsAcronym(word))
        {
            return !IsAcronym(word);
        }

        if (word.EndsWith('s') && word.Length > 3 && (Countries.IsDemonym(word[..^1]) || GroupWords.Contains(word[..^1])))
        {
            return true;
        }

        return word.Length > 4 && (word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal)
            || word.EndsWith("ists", StringComparison.Ordinal) || word.EndsWith("ism", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal));
    }

    public bool IsHead(string word) => OrganizationHeads.Contains(word) || PlaceHeads.Contains(word) || FacilityHeads.Contains(word);

    private static (HashSet<string> Before, HashSet<string> After) SplitSection(string file, string marker)
    {
        var before = new HashSet<string>(StringComparer.Ordinal);
        var after = new HashSet<string>(StringComparer.Ordinal);
        bool inAfter = false;
        foreach (string line in Lexicon.Lines(file))
        {
            if (line == marker)
            {
                inAfter = true;
                continue;
            }

            (inAfter ? after : before).Add(line);
        }

        return (before, after);
    }
}
