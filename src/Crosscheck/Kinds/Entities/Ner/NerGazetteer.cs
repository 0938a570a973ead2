using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Entities.Ner;

/// <summary>
/// The word lists the entity tagger reads as features, all from Resources (with their provenance in
/// Resources/README.md): countries, capitals and demonyms (countries.tsv, country-aliases-extra.tsv), cities
/// (Entities/cities.tsv), given names (first-names.txt), person titles, heads of organisation and place names,
/// news outlet and agency words, group words and non-entity words (months, weekdays). A list entry of several
/// words matches the same words in a sentence, case aside; the longest match wins. Immutable and thread-safe.
/// </summary>
public sealed class NerGazetteer
{
    private const int MaxWords = 8;
    private readonly Dictionary<string, List<(string[] Words, string List)>> _byFirst = new(StringComparer.Ordinal);

    private NerGazetteer()
    {
        foreach (string[] f in Lexicon.Rows("countries.tsv").Where(f => f.Length >= 7))
        {
            Add("country", f[0]);
            Add("country", f[1]);
            foreach (string alt in f[4].Split('|').Where(a => a.Length > 2))
            {
                Add("country", alt);
            }

            foreach (string capital in f[5].Split('|'))
            {
                Add("capital", capital);
            }

            foreach (string demonym in f[6].Split('|'))
            {
                Add("demonym", demonym);
            }
        }

        foreach (string[] f in Lexicon.Rows("country-aliases-extra.tsv"))
        {
            Add("country", f[0]);
        }

        foreach (string[] f in Lexicon.Rows("Entities/cities.tsv"))
        {
            Add("city", f[0]);
        }

        AddList("first", "first-names.txt");
        AddList("title", "person-titles.txt");
        AddList("orghead", "organization-heads.txt");
        AddList("outlet", "news-outlet-words.txt");
        AddList("agency", "agency-words.txt");
        AddList("nonentity", "non-entity-words.txt");
        AddList("group", "group-words.txt");
        string list = "placehead";
        foreach (string line in Lexicon.Lines("place-heads.txt"))
        {
            if (line == "[facility]")
            {
                list = "facility";
                continue;
            }

            Add(list, line);
        }
    }

    public static NerGazetteer Instance { get; } = new();

    /// <summary>For each word of the sentence, the lists whose longest match covers it, with the word's place in the match (B, I, L or U).</summary>
    public IReadOnlyList<string>[] Matches(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var result = new List<string>[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            result[i] = [];
        }

        for (int i = 0; i < words.Count; i++)
        {
            if (!_byFirst.TryGetValue(words[i].ToLowerInvariant(), out var entries))
            {
                continue;
            }

            var longest = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach ((string[] entry, string name) in entries)
            {
                if (i + entry.Length <= words.Count && (!longest.TryGetValue(name, out int best) || entry.Length > best) && MatchesAt(words, i, entry))
                {
                    longest[name] = entry.Length;
                }
            }

            foreach ((string name, int length) in longest.OrderBy(x => x.Key, StringComparer.Ordinal))
            {
                for (int k = 0; k < length; k++)
                {
                    string part = length == 1 ? "U" : k == 0 ? "B" : k == length - 1 ? "L" : "I";
                    result[i + k].Add(name + ":" + part);
                }
            }
        }

        return result;
    }

    private static bool MatchesAt(IReadOnlyList<string> words, int i, string[] entry)
    {
        for (int k = 1; k < entry.Length; k++)
        {
            if (!string.Equals(words[i + k], entry[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private void AddList(string name, string path)
    {
        foreach (string line in Lexicon.Lines(path))
        {
            Add(name, line);
        }
    }

    private void Add(string name, string entry)
    {
        string[] words = entry.ToLowerInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords)
        {
            return;
        }

        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = [];
        }

        if (!list.Any(x => x.List == name && x.Words.SequenceEqual(words, StringComparer.Ordinal)))
        {
            list.Add((words, name));
        }
    }
}
