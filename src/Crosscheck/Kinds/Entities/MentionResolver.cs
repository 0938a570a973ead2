using Crosscheck.Model;

namespace Crosscheck.Kinds.Entities;

/// <summary>
/// Gives each candidate of a document its canonical name (the fullest name the document uses for it) and
/// one type per canonical: acronyms glossed in the text ("Long Name (LN)", "Long Name, or L.N.", "X [Y]"),
/// surnames and titled surnames → the full person name, short forms of organisations ("the Times" after
/// "the New York Times", "Hartley" for "Hartley Institute") → the nearest fuller name.
/// </summary>
internal static class MentionResolver
{
    /// <param name="glosses">Acronyms the text defines and their expansions (<see cref="AcronymDefinitions"/>).</param>
    public static List<EntityMention> Resolve(string docId, string text, List<NameCandidate> candidates, IReadOnlyDictionary<string, string>? glosses = null)
    {
        candidates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var alias = new Dictionary<string, string>(glosses ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        AddGlosses(text, candidates, alias);

        // Full person names: typed person, or an untyped two- or three-word name whose last word the document
        // also uses alone as a person ("Mr. Y", "Y said").
        var personWords = new HashSet<string>(
            candidates.Where(c => c.Type == EntityType.Person && c.Words.Count == 1 && c.Evidence >= Evidence.Cue).Select(c => Surname(c.Words[0])),
            StringComparer.Ordinal);
        var fullPersons = candidates.Where(c => c.FixedCanonical is null && c.Words.Count >= 2
            && (c.Type == EntityType.Person
                || (c.Type == EntityType.Organization && c.Evidence == Evidence.None && c.Words.Count <= 3 && personWords.Contains(Surname(c.Words[^1]))))).ToList();
        // Looked up by word instead of scanned, so that a long document costs in proportion to its names.
        var fullBySurname = new WordLookup(fullPersons, p => [Surname(p.Words[^1])]);
        var fullByEnds = new WordLookup(fullPersons, p => [First + p.Words[0], Last + p.Words[^1]]);
        var orgsByEnds = new WordLookup(candidates, o => o.Type == EntityType.Organization && o.Words.Count > 1 ? [First + o.Words[0], Last + o.Words[^1]] : []);
        var resolved = new string?[candidates.Count];
        var bySurname = new bool[candidates.Count];
        for (int i = 0; i < candidates.Count; i++)
        {
            NameCandidate c = candidates[i];
            if (c.FixedCanonical is not null)
            {
                resolved[i] = c.FixedCanonical;
                continue;
            }

            string name = Follow(alias, c.Name);
            if (name != c.Name)
            {
                resolved[i] = name;
                continue;
            }

            if (c.Words.Count == 1 && !c.IsAcronym && !(c.Type is EntityType.Place or EntityType.Organization && c.Evidence == Evidence.Lexicon))
            {
                // "Mrs. Whitlow" joins the woman of that surname, never a man ("Owen Whitlow", "Mr. Bill Whitlow").
                List<NameCandidate> bearers = PersonSex.Compatible(fullBySurname.With(Surname(c.Words[0])).Where(p => Surname(p.Words[^1]) == Surname(c.Words[0])),
                    PersonSex.OfMention(c.Span.Slice(text), c.Name), p => PersonSex.OfMention(p.Span.Slice(text), p.Name));
                NameCandidate? full = Nearest(candidates, bearers, c);
                if (full is not null)
                {
                    resolved[i] = Follow(alias, full.Name);
                    bySurname[i] = true;
                    continue;
                }
            }

            // "Nadia" for "Nadia Reed", "Anna Weber" or "Maria Weber" for "Anna Maria Weber": a given name, or a shorter form that keeps
            // the first or the last name, joins the one full person name of the document it is part of
            if (!c.IsAcronym && FullFormOf(c, fullByEnds) is { } fuller)
            {
                resolved[i] = Follow(alias, fuller.Name);
                bySurname[i] = true;
                continue;
            }

            if (c.Type == EntityType.Organization && !c.IsAcronym)
            {
                NameCandidate? longer = Nearest(candidates, orgsByEnds.With(First + c.Words[0], Last + c.Words[^1]).Where(o => IsShortFormOf(c, o)).ToList(), c);
                if (longer is not null)
                {
                    resolved[i] = Follow(alias, longer.Name);
                    continue;
                }
            }

            resolved[i] = c.NeedsResolution ? null : c.Name;
        }

        // One type per canonical: lexicon evidence first, then cues, then defaults; a person stays a person.
        var types = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var surnameJoined = new HashSet<string>(Enumerable.Range(0, candidates.Count).Where(i => bySurname[i] && resolved[i] is not null).Select(i => resolved[i]!), StringComparer.Ordinal);
        foreach (IGrouping<string, (NameCandidate C, string Canonical)> group in candidates.Select((c, i) => (C: c, Canonical: resolved[i]!))
            .Where(x => x.Canonical is not null).GroupBy(x => x.Canonical, StringComparer.Ordinal))
        {
            // A government standing for its country ("French government") keeps its own type and does not vote.
            var voters = group.Where(x => !IsGovernment(x.C)).ToList();
            types[group.Key] = (voters.Count > 0 ? voters : [.. group])
                .GroupBy(x => x.C.Type)
                .OrderByDescending(g => g.Max(x => x.C.Evidence))
                .ThenByDescending(g => g.Count(x => x.C.Evidence == g.Max(y => y.C.Evidence)))
                .First().Key;
            if (group.Any(x => x.C.Type == EntityType.Person && x.C.Words.Count >= 2 && x.C.Evidence == Evidence.Lexicon)
                || surnameJoined.Contains(group.Key))
            {
                types[group.Key] = EntityType.Person;
            }
        }

        var mentions = new List<EntityMention>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            if (resolved[i] is { } canonical)
            {
                NameCandidate c = candidates[i];
                mentions.Add(new EntityMention(docId, c.Span, c.Span.Slice(text), IsGovernment(c) ? c.Type : types[canonical], canonical));
            }
        }

        return mentions;
    }

    /// <summary>
    /// The one full person name of the document that <paramref name="c"/> shortens: a lone given name that opens exactly
    /// one full name ("Nadia" → "Nadia Reed"), or a person name whose words all occur in that order in exactly one longer
    /// full name sharing its first or last word ("Anna Weber", "Maria Weber" → "Anna Maria Weber"). Null when none or several.
    /// </summary>
    private static NameCandidate? FullFormOf(NameCandidate c, WordLookup fullPersons)
    {
        List<NameCandidate> options;
        if (c.Words.Count == 1)
        {
            if (c.Type == EntityType.Place || (c.Type != EntityType.Person && !EntityLexicon.Instance.FirstNames.Contains(c.Words[0])))
            {
                return null;
            }

            options = fullPersons.With(First + c.Words[0]).Where(p => p.Words[0] == c.Words[0]).ToList();
        }
        else if (c.Type == EntityType.Person)
        {
            options = fullPersons.With(First + c.Words[0], Last + c.Words[^1]).Where(p => p.Words.Count > c.Words.Count && (p.Words[0] == c.Words[0] || p.Words[^1] == c.Words[^1])
                && NameForms.IsSubsequence(c.Words, p.Words)).ToList();
        }
        else
        {
            return null;
        }

        return options.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count() == 1 ? options[0] : null;
    }


    /// <summary>Key prefixes that tell a first word from a last word in a <see cref="WordLookup"/>.</summary>
    private const string First = "\u0001", Last = "\u0002";

    private static bool IsGovernment(NameCandidate c) => c.FixedCanonical is not null && c.Type == EntityType.Organization;

    private static void AddGlosses(string text, List<NameCandidate> candidates, Dictionary<string, string> alias)
    {
        for (int i = 0; i + 1 < candidates.Count; i++)
        {
            NameCandidate a = candidates[i];
            NameCandidate b = candidates[i + 1];
            if (b.Span.Start < a.Span.End || b.Span.Start - a.Span.End > 8)
            {
                continue;
            }

            string gap = text[a.Span.End..b.Span.Start];
            string after = text.Substring(b.Span.End, Math.Min(1, text.Length - b.Span.End));
            bool paren = gap == " (" && after == ")";
            bool bracket = gap == " [" && after == "]";
            bool or = gap is ", or " or " or " or " or the " or ", or the ";
            if (bracket && a.Name != b.Name)
            {
                alias.TryAdd(a.Name, b.Name);
            }
            else if (paren || or)
            {
                if (a.IsAcronym && !b.IsAcronym && InitialMatches(a.Name, b))
                {
                    alias.TryAdd(a.Name, b.Name);
                }
                else if (b.IsAcronym && !a.IsAcronym && InitialMatches(b.Name, a))
                {
                    alias.TryAdd(b.Name, a.Name);
                }
            }
        }
    }

    /// <summary>"al-Assad" → "Assad".</summary>
    private static string Surname(string word) => NameForms.WithoutParticle(word);

    private static bool InitialMatches(string acronym, NameCandidate expansion) =>
        expansion.Words.Count >= 2 && char.ToUpperInvariant(expansion.Words[0][0]) == acronym[0];

    private static string Follow(Dictionary<string, string> alias, string name)
    {
        for (int step = 0; step < 4 && alias.TryGetValue(name, out string? target); step++)
        {
            name = target;
        }

        return name;
    }

    /// <summary>"Times" of "New York Times"; "Hartley" of "Hartley Institute" (the rest being head words).</summary>
    private static bool IsShortFormOf(NameCandidate shortForm, NameCandidate other)
    {
        if (other.Type != EntityType.Organization || other.Words.Count <= shortForm.Words.Count || other.IsAcronym)
        {
            return false;
        }

        int n = shortForm.Words.Count;
        bool suffix = other.Words.Skip(other.Words.Count - n).SequenceEqual(shortForm.Words) && EntityLexicon.Instance.OrganizationHeads.Contains(shortForm.Words[^1]);
        // A maker is not its product: "Apple" is no short form of "Apple Watch".
        bool prefix = other.Words.Take(n).SequenceEqual(shortForm.Words) && other.Words.Skip(n).All(EntityLexicon.Instance.OrganizationHeads.Contains)
            && !other.Words.Skip(n).Any(EntityLexicon.Instance.ProductWords.Contains);
        return suffix || prefix;
    }

    /// <summary>The distinct-named option nearest before <paramref name="c"/> (else the first after), when options exist.</summary>
    private static NameCandidate? Nearest(List<NameCandidate> all, List<NameCandidate> options, NameCandidate c)
    {
        if (options.Count == 0)
        {
            return null;
        }

        NameCandidate? before = options.Where(o => o.Span.Start < c.Span.Start).MaxBy(o => o.Span.Start);
        return before ?? options.MinBy(o => o.Span.Start);
    }
}
