using Crosscheck.Kinds.Entities;
using Crosscheck.Model;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;

namespace Crosscheck.Kinds.Entities;

/// <summary>The canonical names of a set of mentions and the merge rules between them (see <see cref="EntityIndexBuilder"/>).</summary>
internal sealed partial class EntityForms
{
    private readonly IReadOnlyList<EntityMention> _mentions;
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<EntityType> _types = [];
    private readonly UnionFind _sets;
    private readonly EntityLexicon _lexicon = EntityLexicon.Instance;
    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly AliasGazetteer _aliases;

    /// <param name="texts">The cleaned text of each document by id (for the words around a mention); may be empty.</param>
    /// <param name="aliases">The alias groups of a background corpus.</param>
    public EntityForms(IReadOnlyList<EntityMention> mentions, IReadOnlyDictionary<string, string> texts, AliasGazetteer aliases)
    {
        _mentions = mentions;
        _texts = texts;
        _aliases = aliases;
        foreach (IGrouping<string, EntityMention> g in mentions.GroupBy(m => m.Canonical, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _index[g.Key] = _names.Count;
            _names.Add(g.Key);
            _types.Add(g.GroupBy(m => m.Type).OrderByDescending(t => t.Count()).ThenBy(t => t.Key).First().Key);
        }

        // A glossed acronym ("ABC-K" whose canonical is its expansion) is also a name of its own elsewhere.
        foreach (EntityMention m in mentions)
        {
            if (m.Text != m.Canonical && NameForms.Acronym(m.Text) is not null && !_index.ContainsKey(m.Text))
            {
                _index[m.Text] = _names.Count;
                _names.Add(m.Text);
                _types.Add(m.Type);
            }
        }

        _sets = new UnionFind(_names.Count);
        foreach (EntityMention m in mentions)
        {
            if (m.Text != m.Canonical && NameForms.Acronym(m.Text) is not null)
            {
                _sets.Union(_index[m.Text], _index[m.Canonical]);
            }
        }
    }

    public void MergeAll()
    {
        MergeByKey(i => _types[i] == EntityType.Person ? null : CountryKey(_names[i]));
        MergeByKey(i => "s:" + NameForms.SpellingKey(_names[i]));
        MergeByKey(i => BranchShortKey(_names[i]));
        MergeByKey(i => _types[i] == EntityType.Organization ? NameForms.SkeletonKey(_names[i]) : null);
        MergeByKey(ParticleFreeKey);
        MergeByKey(TransliterationKey);
        MergeByKey(OrganizationKey);
        MergeSpellingVariants();
        MergeAcronyms();
        MergeVenues();
        MergeSchoolCores();
        MergeOrganizationShortForms();
        MergeQualifiedOrganizations();
        MergeBranchAnalogies();
        MergeMinedAliases();
        MergeDivisionBranches();
        MergeSurnames();
        MergeShortPersonNames();
    }

    public IReadOnlyList<Entity> ToEntities()
    {
        var groups = new Dictionary<int, List<EntityMention>>();
        foreach (EntityMention m in _mentions)
        {
            int root = _sets.Find(_index[m.Canonical]);
            if (!groups.TryGetValue(root, out List<EntityMention>? list))
            {
                groups[root] = list = [];
            }

            list.Add(m);
        }

        var entities = new List<(List<EntityMention> Mentions, string Name, EntityType Type, List<string> Aliases)>();
        foreach (List<EntityMention> list in groups.Values)
        {
            EntityType type = list.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            string name = ChooseName(list, type);
            List<string> aliases = [.. list.SelectMany(m => new[] { m.Text, m.Canonical })
                .GroupBy(a => a, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];
            entities.Add((list, name, type, aliases));
        }

        return [.. entities
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select((e, i) => new Entity($"e{i + 1}", e.Name, e.Type, e.Aliases,
                [.. e.Mentions.OrderBy(m => m.DocId, StringComparer.Ordinal).ThenBy(m => m.Span.Start)]))];
    }

    /// <summary>The country's own name for a country; else the most used non-acronym canonical, longer on ties.</summary>
    private string ChooseName(List<EntityMention> list, EntityType type)
    {
        if (type == EntityType.Place)
        {
            foreach (EntityMention m in list)
            {
                if (CountryOf(m.Canonical) is { } country)
                {
                    return country.Name;
                }
            }
        }

        // A fuller name wins only if it is used about as widely as the most used one: a stray "Thursday X"
        // seen once must not name the entity X of a hundred documents.
        var byName = list.GroupBy(m => m.Canonical, StringComparer.Ordinal).ToList();
        int widest = byName.Max(g => g.Select(m => m.DocId).Distinct().Count());
        return byName
            .OrderBy(g => g.Select(m => m.DocId).Distinct().Count() * 3 >= widest ? 0 : 1)
            .ThenBy(g => NameForms.Words(g.Key).Length > 1 ? 0 : NameForms.Acronym(g.Key) is null && !g.Key.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? 1 : 2)
            .ThenByDescending(g => g.Select(m => m.DocId).Distinct().Count())
            .ThenByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .First().Key;
    }

    private void MergeByKey(Func<int, string?> key)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Count; i++)
        {
            if (key(i) is not { Length: > 0 } k)
            {
                continue;
            }

            if (first.TryGetValue(k, out int other))
            {
                _sets.Union(i, other);
            }
            else
            {
                first[k] = i;
            }
        }
    }

    private Country? CountryOf(string name)
    {
        // A capital alone is a city; the extractor has already given the country as canonical where it stands for it.
        Country? c = _lexicon.Countries.FindByName(name);
        if (c is not null)
        {
            return c;
        }

        // "French government", "<capital> regime".
        string[] words = NameForms.Words(name);
        return words.Length == 2 && char.IsLower(words[1][0])
            ? _lexicon.Countries.FindByDemonym(words[0]) ?? _lexicon.Countries.FindPlace(words[0])
            : null;
    }

    private string? CountryKey(string name) => CountryOf(name) is { } c ? "c:" + c.Code : null;

    /// <summary>"ABC-Kxxx" → the key of "ABC-K" (a branch name shortened to its initial).</summary>
    private static string? BranchShortKey(string name)
    {
        int hyphen = name.IndexOf('-', StringComparison.Ordinal);
        if (hyphen < 2 || NameForms.Words(name).Length != 1 || !EntityLexicon.IsAcronym(name[..hyphen]) || hyphen + 2 > name.Length)
        {
            return null;
        }

        return "s:" + NameForms.SpellingKey(name[..(hyphen + 2)]);
    }

    /// <summary>An acronym joins the one multi-word name whose initials it is (content words, or all words).</summary>
    private void MergeAcronyms()
    {
        var byInitials = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Count; i++)
        {
            if (NameForms.Words(_names[i]).Length < 2 || CountryOf(_names[i]) is not null && _types[i] != EntityType.Place)
            {
                continue;
            }

            foreach (string initials in new[] { NameForms.Initials(_names[i], false), NameForms.Initials(_names[i], true) }.Distinct())
            {
                if (initials.Length >= 2)
                {
                    if (!byInitials.TryGetValue(initials, out HashSet<int>? set))
                    {
                        byInitials[initials] = set = [];
                    }

                    set.Add(i);
                }
            }
        }

        // An expansion already tied to another acronym ("Abc Bcd Kxx" = "ABC-K") is not free for "ABC".
        var acronymsOf = new Dictionary<int, HashSet<string>>();
        for (int i = 0; i < _names.Count; i++)
        {
            if (NameForms.Acronym(_names[i]) is { } a)
            {
                int root = _sets.Find(i);
                if (!acronymsOf.TryGetValue(root, out HashSet<string>? set))
                {
                    acronymsOf[root] = set = new(StringComparer.Ordinal);
                }

                set.Add(a);
            }
        }

        for (int i = 0; i < _names.Count; i++)
        {
            if (NameForms.Acronym(_names[i]) is { } acronym && byInitials.TryGetValue(acronym, out HashSet<int>? candidates))
            {
                var roots = candidates.Select(_sets.Find).Distinct()
                    .Where(r => !acronymsOf.TryGetValue(r, out HashSet<string>? own) || own.Contains(acronym)).ToList();
                if (roots.Count == 1)
                {
                    _sets.Union(i, roots[0]);
                }
            }
        }
    }

    /// <summary>"X Hall" and "X Hall and Y Center" join "X" when X is no known place.</summary>
    private void MergeVenues()
    {
        for (int i = 0; i < _names.Count; i++)
        {
            string name = _names[i];
            int and = name.IndexOf(" and ", StringComparison.Ordinal);
            if (and > 0 && _index.TryGetValue(name[..and], out int left) && _lexicon.IsHead(NameForms.Words(name[..and])[^1]))
            {
                _sets.Union(i, left);
            }

            string[] words = NameForms.Words(name);
            if (words.Length >= 3 && _lexicon.FacilityHeads.Contains(words[^1]))
            {
                string core = string.Join(' ', words[..^1]);
                if (_index.TryGetValue(core, out int c) && _lexicon.Countries.FindPlace(core) is null && _types[c] != EntityType.Person)
                {
                    _sets.Union(i, c);
                }
            }
        }
    }

    /// <summary>
    /// When "ABC-K" and "Abc Bcd Kxx" are one entity, "ABC" and "Abc Bcd" are one too: the parent named the
    /// way the branch is, minus the branch's last word (whose initial the acronym's suffix is).
    /// </summary>
    private void MergeBranchAnalogies()
    {
        var bySpelling = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Count; i++)
        {
            bySpelling.TryAdd(NameForms.SpellingKey(_names[i]), i);
        }

        var members = Enumerable.Range(0, _names.Count).GroupBy(_sets.Find).ToList();
        foreach (IGrouping<int, int> group in members)
        {
            foreach (int a in group)
            {
                string name = _names[a];
                int hyphen = name.IndexOf('-', StringComparison.Ordinal);
                if (NameForms.Words(name).Length != 1 || hyphen < 2 || !EntityLexicon.IsAcronym(name) || hyphen + 2 != name.Length)
                {
                    continue;
                }

                char suffix = name[hyphen + 1];
                foreach (int e in group)
                {
                    string[] words = [.. NameForms.Words(_names[e]).Where(w => w != "in")];
                    if (words.Length < 3 || words[^1][0] != suffix)
                    {
                        continue;
                    }

                    string parent = string.Join(' ', words[..^1]);
                    string parentAcronym = name[..hyphen];
                    if (bySpelling.TryGetValue(NameForms.SpellingKey(parent), out int p) && bySpelling.TryGetValue(NameForms.SpellingKey(parentAcronym), out int pa))
                    {
                        _sets.Union(p, pa);
                    }
                }
            }
        }
    }

    /// <summary>A one-word name joins the one full person name ending in it ("Smith" → "John Smith").</summary>
    private void MergeSurnames()
    {
        var bySurname = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Count; i++)
        {
            string[] words = NameForms.Words(_names[i]);
            if (_types[i] == EntityType.Person && words.Length >= 2)
            {
                string last = NameForms.WithoutParticle(words[^1]);

                if (!bySurname.TryGetValue(last, out HashSet<int>? set))
                {
                    bySurname[last] = set = [];
                }

                set.Add(i);
            }
        }

        Dictionary<string, Sex> sexes = SexesByCanonical();

        // the sex of each set's names together, kept up to date as sets join (the join is commutative and associative)
        static Sex Join(Sex a, Sex b) => a == Sex.Unknown ? b : b == Sex.Unknown || a == b ? a : Sex.Both;
        var rootSexes = new Dictionary<int, Sex>();
        for (int j = 0; j < _names.Count; j++)
        {
            int root = _sets.Find(j);
            rootSexes[root] = Join(rootSexes.GetValueOrDefault(root, Sex.Unknown), sexes.GetValueOrDefault(_names[j]));
        }

        Sex SexOfRoot(int root) => rootSexes.GetValueOrDefault(root, Sex.Unknown);
        for (int i = 0; i < _names.Count; i++)
        {
            string name = _names[i];
            if (NameForms.Words(name).Length == 1 && NameForms.Acronym(name) is null && CountryOf(name) is null
                && bySurname.TryGetValue(name, out HashSet<int>? full))
            {
                // A titled surname joins a full name of its sex only ("Mr Whitlow" is not "Dana Whitlow" when a man Whitlow is named).
                var roots = PersonSex.Compatible(full.Select(_sets.Find).Distinct(), sexes.GetValueOrDefault(name), SexOfRoot);
                if (roots.Count == 1)
                {
                    Sex joined = Join(SexOfRoot(_sets.Find(i)), SexOfRoot(roots[0]));
                    _sets.Union(i, roots[0]);
                    rootSexes[_sets.Find(i)] = joined;
                }
            }
        }
    }

    /// <summary>
    /// The sex each canonical name's mentions give it (title or given name); unknown when none does or they disagree
    /// (a surname used with "Mr" and with "Mrs" names two people).
    /// </summary>
    private Dictionary<string, Sex> SexesByCanonical()
    {
        var sexes = new Dictionary<string, Sex>(StringComparer.Ordinal);
        foreach (IGrouping<string, EntityMention> g in _mentions.GroupBy(m => m.Canonical, StringComparer.Ordinal))
        {
            var known = g.Select(m => PersonSex.OfMention(m.Text, m.Canonical)).Where(x => x != Sex.Unknown).Distinct().ToList();
            sexes[g.Key] = known.Count switch { 0 => Sex.Unknown, 1 => known[0], _ => Sex.Both };
        }

        return sexes;
    }

    /// <summary>
    /// A shorter form of one person's name joins it across the set: a name whose words occur in that order in exactly one
    /// longer person name sharing its first or last word ("Anna Weber", "Van Holt" → "Anna Maria Weber", "Clara Van Holt"),
    /// and a lone given name that opens exactly one full person name and ends none ("Nadia" → "Nadia Reed").
    /// Two people who share a given name keep their given name apart.
    /// </summary>
    private void MergeShortPersonNames()
    {
        string[][] wordsOf = [.. _names.Select(NameForms.Words)];
        var persons = Enumerable.Range(0, _names.Count).Where(i => _types[i] == EntityType.Person && wordsOf[i].Length >= 2).ToList();

        // the persons' full names by first and by last word (in index order): a shorter form shares one of them
        var byFirst = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byLast = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (int j in persons)
        {
            (byFirst.TryGetValue(wordsOf[j][0], out List<int>? first) ? first : byFirst[wordsOf[j][0]] = []).Add(j);
            (byLast.TryGetValue(wordsOf[j][^1], out List<int>? last) ? last : byLast[wordsOf[j][^1]] = []).Add(j);
        }

        // first the longer forms, so that a given name then finds its person's forms already joined
        foreach (bool single in new[] { false, true })
        {
            for (int i = 0; i < _names.Count; i++)
            {
                string[] words = wordsOf[i];
                if (words.Length == 0 || (words.Length == 1) != single || _types[i] == EntityType.Place
                    || NameForms.Acronym(_names[i]) is not null || CountryOf(_names[i]) is not null)
                {
                    continue;
                }

                List<int> longer;
                if (single)
                {
                    if ((_types[i] != EntityType.Person && !_lexicon.FirstNames.Contains(words[0])) || byLast.ContainsKey(words[0]))
                    {
                        continue;
                    }

                    longer = byFirst.GetValueOrDefault(words[0]) ?? [];
                }
                else
                {
                    // a part of a person's name is a person's name, whatever type the tagger gave it ("Van Holt")
                    if (_types[i] != EntityType.Person && words.Any(_lexicon.OrganizationHeads.Contains))
                    {
                        continue;
                    }

                    longer = (byFirst.GetValueOrDefault(words[0]) ?? []).Concat(byLast.GetValueOrDefault(words[^1]) ?? []).Distinct().Order()
                        .Where(j => wordsOf[j] is var w && w.Length > words.Length && NameForms.IsSubsequence(words, w)).ToList();
                }

                var roots = longer.Select(_sets.Find).Distinct().ToList();
                if (roots.Count == 1)
                {
                    _sets.Union(i, roots[0]);
                }
            }
        }
    }

}
