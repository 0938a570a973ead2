using Crosscheck.Model;
using Crosscheck.Semantics;

namespace Crosscheck.Kinds.Entities;

/// <summary>
/// The merge rules for one name written differently by different articles: misspellings and transliterations, a
/// particle dropped, a short or clipped form of an organisation's name, a leading article of the name's language.
/// </summary>
internal sealed partial class EntityForms
{
    /// <summary>Articles that lead an organisation's name in its own language ("Los X", "Le X", "Die X") and that English text may drop.</summary>
    private static readonly HashSet<string> ForeignArticles = new(StringComparer.Ordinal) { "Los", "Las", "El", "La", "Le", "Les", "Il", "Die", "Der", "Das" };

    /// <summary>Fewest letters two names must have for one letter of difference to be a variant, not another name.</summary>
    private const int MinVariantKey = 8;

    /// <summary>
    /// Two names of one type that differ by one letter (added, dropped, changed or swapped) in their letters, when they
    /// have <see cref="MinVariantKey"/> letters or more are one entity — a typo or a transliteration ("Nadir Qasmi"/"Nadir
    /// Qsami", "Hamdan"/"Hamdun") — unless one article uses both (it then names two), two people differ by two known given
    /// names ("Jon"/"Jan"), or two places are two different places of the gazetteer.
    /// </summary>
    private void MergeSpellingVariants()
    {
        Dictionary<string, HashSet<string>> docs = DocumentsByCanonical();
        // the letters as written (accents aside): the spelling key's own folding ("ai" → "a") would hide a swap
        var keys = _names.Select(n => new string([.. AccentStripper.Strip(n).ToLowerInvariant().Where(char.IsLetterOrDigit)])).ToArray();

        // Keys one edit apart (a letter added, dropped, changed, or two swapped) share the key or the key less one letter:
        // only names in one such block are compared, never all pairs. The unions do not depend on the order of the pairs.
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Count; i++)
        {
            if (keys[i].Length < MinVariantKey)
            {
                continue;
            }

            foreach (string variant in OneLetterLess(keys[i]).Prepend(keys[i]).Distinct(StringComparer.Ordinal))
            {
                (blocks.TryGetValue(variant, out List<int>? block) ? block : blocks[variant] = []).Add(i);
            }
        }

        foreach (List<int> block in blocks.Values)
        {
            for (int a = 0; a < block.Count; a++)
            {
                int i = block[a];
                if (NameForms.Acronym(_names[i]) is not null)
                {
                    continue;
                }

                for (int b = a + 1; b < block.Count; b++)
                {
                    int j = block[b];
                    if (_types[i] != _types[j] || Math.Abs(keys[i].Length - keys[j].Length) > 1
                        || _sets.Find(i) == _sets.Find(j) || NameForms.EditDistance(keys[i], keys[j]) != 1
                        || DocumentsOf(docs, i).Overlaps(DocumentsOf(docs, j)) || !IsVariantPair(_names[i], _names[j], _types[i]))
                    {
                        continue;
                    }

                    _sets.Union(i, j);
                }
            }
        }
    }

    private static IEnumerable<string> OneLetterLess(string key)
    {
        for (int p = 0; p < key.Length; p++)
        {
            yield return string.Concat(key.AsSpan(0, p), key.AsSpan(p + 1));
        }
    }

    private bool IsVariantPair(string a, string b, EntityType type)
    {
        string[] wa = NameForms.Words(a);
        string[] wb = NameForms.Words(b);
        if (type == EntityType.Place && _lexicon.Countries.FindPlace(a) is { } pa && _lexicon.Countries.FindPlace(b) is { } pb && pa != pb)
        {
            return false;
        }

        if (type == EntityType.Place && _lexicon.Cities.IsCity(a) && _lexicon.Cities.IsCity(b))
        {
            return false;
        }

        if (type != EntityType.Person)
        {
            return true;
        }

        // People: the same number of words, and not two different known given names.
        return wa.Length == wb.Length && wa.Length >= 2
            && !wa.Zip(wb).Any(p => p.First != p.Second && _lexicon.FirstNames.Contains(p.First) && _lexicon.FirstNames.Contains(p.Second));
    }

    /// <summary>
    /// A person's name with and without a particle is one name ("Omar al-Haddad" = "Omar Haddad", "Omar bin Haddad"):
    /// the key of the words, each stripped of a leading particle, particles alone left out.
    /// </summary>
    private string? ParticleFreeKey(int i)
    {
        if (_types[i] != EntityType.Person)
        {
            return null;
        }

        string[] words = PersonWords(_names[i]);
        return words.Length >= 2 ? "p:" + NameForms.SpellingKey(string.Join(' ', words)) : null;
    }

    private string[] PersonWords(string name) =>
        [.. NameForms.Words(name).Where(w => !_lexicon.Particles.Contains(w)).Select(NameForms.WithoutParticle).Where(w => w.Length > 0)];

    /// <summary>
    /// One-word names of places and organisations transliterated with or without a final "h" after a vowel, or with a
    /// doubled letter ("Bahrattah"/"Bahrata", "Ossarra"/"Osara"): the key of the lower-cased letters, doubled letters
    /// collapsed and a final vowel + "h" cut to the vowel; four letters or more.
    /// </summary>
    private string? TransliterationKey(int i)
    {
        string name = _names[i];
        if (_types[i] == EntityType.Person || NameForms.Words(name).Length != 1 || NameForms.Acronym(name) is not null
            || CountryOf(name) is not null || _lexicon.IsHead(name))
        {
            return null;
        }

        string key = NameForms.SpellingKey(name);
        if (key.StartsWith("w:", StringComparison.Ordinal))
        {
            return null;
        }

        string collapsed = NameForms.CollapseDoubles(key);
        if (collapsed.Length > 2 && collapsed[^1] == 'h' && "aeiou".Contains(collapsed[^2], StringComparison.Ordinal))
        {
            collapsed = collapsed[..^1];
        }

        return collapsed.Length >= 4 ? "t:" + collapsed : null;
    }

    /// <summary>"Los Xxx Yyy" → the key of "Xxx Yyy", for organisations of three words or more (so "Los Angeles" stays whole).</summary>
    private string? OrganizationKey(int i)
    {
        if (_types[i] != EntityType.Organization)
        {
            return null;
        }

        string[] words = NameForms.Words(_names[i]);
        if (words.Length >= 3 && ForeignArticles.Contains(words[0]))
        {
            return "o:" + NameForms.SpellingKey(string.Join(' ', words[1..]));
        }

        return words.Length >= 2 ? "o:" + NameForms.SpellingKey(_names[i]) : null;
    }

    /// <summary>
    /// Short forms of an organisation's name: its last word alone when exactly one multi-word organisation of the set ends
    /// in it and no person or place does ("Farland" for "Gray Farland", "Ledger" for "Daily Ledger"; a head word alone,
    /// "Party", "Congress", is never one), and a name with its last word clipped ("Gray Far", "Far" for "Gray Farland").
    /// </summary>
    private void MergeOrganizationShortForms()
    {
        string[][] wordsOf = [.. _names.Select(NameForms.Words)];

        // the names of two to four words by their last word, and the organisations by their words but the last (in index order)
        var multiByLast = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var organizationsByHead = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int j = 0; j < _names.Count; j++)
        {
            string[] w = wordsOf[j];
            if (w.Length is >= 2 and <= 4)
            {
                (multiByLast.TryGetValue(w[^1], out List<int>? list) ? list : multiByLast[w[^1]] = []).Add(j);
            }

            if (_types[j] == EntityType.Organization && w.Length > 0)
            {
                string head = HeadKey(w);
                (organizationsByHead.TryGetValue(head, out List<int>? list) ? list : organizationsByHead[head] = []).Add(j);
            }
        }

        for (int i = 0; i < _names.Count; i++)
        {
            string[] words = wordsOf[i];
            if (_types[i] == EntityType.Person || NameForms.Acronym(_names[i]) is not null || CountryOf(_names[i]) is not null
                || words.Any(w => !char.IsUpper(w[0])))
            {
                continue;
            }

            if (words.Length == 1 && _types[i] == EntityType.Organization && !_lexicon.IsHead(words[0]) && !_lexicon.FirstNames.Contains(words[0]) && !_lexicon.Cities.IsCity(words[0]))
            {
                List<int> ending = multiByLast.GetValueOrDefault(words[0]) ?? [];
                var roots = ending.Select(_sets.Find).Distinct().ToList();
                if (roots.Count == 1 && ending.All(j => _types[j] == EntityType.Organization))
                {
                    _sets.Union(i, roots[0]);
                    continue;
                }
            }

            string last = words[^1];
            if (last.Length < 3 || _lexicon.StopWords.Contains(last) || _lexicon.IsHead(last))
            {
                continue;
            }

            // clipped: the same words before, the last one a prefix at least three letters shorter
            var clipped = (organizationsByHead.GetValueOrDefault(HeadKey(words)) ?? []).Where(j => j != i && _types[j] == EntityType.Organization
                && wordsOf[j] is var w && w.Length == words.Length && w[..^1].SequenceEqual(words[..^1])
                && w[^1].Length >= last.Length + 3 && w[^1].StartsWith(last, StringComparison.Ordinal)).Select(_sets.Find).Distinct().ToList();
            if (clipped.Count == 1 && _types[i] == EntityType.Organization)
            {
                _sets.Union(i, clipped[0]);
            }
        }
    }

    /// <summary>The words of a name but the last, with their count: names that may differ in their last word only share it.</summary>
    private static string HeadKey(string[] words) => $"{words.Length}\u0001{string.Join('\u0001', words[..^1])}";

    /// <summary>
    /// An organisation named without the place or parent that qualifies it elsewhere ("Ministry of Harbours" for
    /// "Farland Ministry of Harbours", "Evening News" for "GBC Evening News") joins that one fuller name when the set
    /// has exactly one: the qualifier a place of the set or an acronym the set uses, the short name two words or more
    /// with a head word ("Strip", "City" alone never).
    /// </summary>
    private void MergeQualifiedOrganizations()
    {
        var byRest = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int j = 0; j < _names.Count; j++)
        {
            string[] words = NameForms.Words(_names[j]);
            if (_types[j] == EntityType.Organization && words.Length >= 3 && IsQualifier(words[0]))
            {
                string rest = NameForms.SpellingKey(string.Join(' ', words[1..]));
                (byRest.TryGetValue(rest, out List<int>? list) ? list : byRest[rest] = []).Add(j);
            }
        }

        for (int i = 0; i < _names.Count; i++)
        {
            string[] words = NameForms.Words(_names[i]);
            if (_types[i] != EntityType.Organization || words.Length < 2 || !words.Any(_lexicon.IsHead) || IsQualifier(words[0])
                || !byRest.TryGetValue(NameForms.SpellingKey(_names[i]), out List<int>? fuller))
            {
                continue;
            }

            var roots = fuller.Select(_sets.Find).Distinct().ToList();
            if (roots.Count == 1)
            {
                _sets.Union(i, roots[0]);
            }
        }
    }

    private bool IsQualifier(string word) =>
        _lexicon.Countries.FindPlace(word) is not null || _lexicon.Cities.IsCity(word)
        || (_index.TryGetValue(word, out int q) && (_types[q] == EntityType.Place || NameForms.Acronym(word) is not null));

    /// <summary>"X High School" joins "X" (a school named after a place or person is called by that name alone), when X is no known place and no person.</summary>
    private void MergeSchoolCores()
    {
        for (int i = 0; i < _names.Count; i++)
        {
            string[] words = NameForms.Words(_names[i]);
            if (words.Length < 3 || !_lexicon.IsHead(words[^1]) || !_lexicon.StopWords.Contains(words[^2]) || _types[i] == EntityType.Person)
            {
                continue;
            }

            string core = string.Join(' ', words[..^2]);
            if (_index.TryGetValue(core, out int c) && _lexicon.Countries.FindPlace(core) is null && !_lexicon.Cities.IsCity(core) && _types[c] != EntityType.Person)
            {
                _sets.Union(i, c);
            }
        }
    }

    private HashSet<string> DocumentsOf(Dictionary<string, HashSet<string>> docs, int i) =>
        docs.TryGetValue(_names[i], out HashSet<string>? set) ? set : [];

    private Dictionary<string, HashSet<string>> DocumentsByCanonical() =>
        _mentions.GroupBy(m => m.Canonical, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.DocId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
