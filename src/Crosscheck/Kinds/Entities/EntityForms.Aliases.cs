using System.Text.RegularExpressions;
using Crosscheck.Kinds.Entities;
using Crosscheck.Model;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Entities;

/// <summary>The merge rules that use knowledge from outside the set: the mined alias gazetteer, and branches named by a division word.</summary>
internal sealed partial class EntityForms
{
    private const string BranchWords = "organi[sz]ation|group|movement|network|affiliate|branch|wing|faction|offshoot|franchise|chapter|arm|cell|militia";

    private static readonly HashSet<string> Divisions = Lexicon.LineSet("Entities/division-words.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Between a parent P and its branch N: "P organisation N", "P's N", "P's affiliate N".</summary>
    private static readonly Regex ParentBefore = new(@"^(?:['’]s\s+(?:(?:" + BranchWords + @")\s+)?|\s+(?:" + BranchWords + @")\s+)$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Between a branch N and its parent P: "N, a branch of P", "N, the regional affiliate of the P".</summary>
    private static readonly Regex ParentAfter = new(@"^,\s+(?:an?|the|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:" + BranchWords + @"|province)\s+of\s+(?:the\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Names listed in one group of the mined gazetteer join, except an acronym that the set uses for another of its
    /// names too (another multi-word name with those initials): that one stays to the in-set acronym rule.
    /// </summary>
    private void MergeMinedAliases()
    {
        var byGroup = new Dictionary<int, List<int>>();
        for (int i = 0; i < _names.Count; i++)
        {
            if (_aliases.GroupOf(_names[i]) is { } g)
            {
                (byGroup.TryGetValue(g, out List<int>? list) ? list : byGroup[g] = []).Add(i);
            }
        }

        // the multi-word names by their initials (content words, and all words), built when first needed
        Dictionary<string, List<int>>? byInitials = null;
        foreach (List<int> members in byGroup.Values.Where(m => m.Count > 1))
        {
            List<int> joined = [.. members.Where(i => !AcronymOfAnotherName(i, members, byInitials ??= MultiWordNamesByInitials()))];
            for (int k = 1; k < joined.Count; k++)
            {
                _sets.Union(joined[0], joined[k]);
            }
        }
    }

    private bool AcronymOfAnotherName(int i, List<int> group, Dictionary<string, List<int>> byInitials) =>
        NameForms.Acronym(_names[i]) is { } acronym && byInitials.TryGetValue(acronym, out List<int>? named) && named.Any(j => !group.Contains(j));

    private Dictionary<string, List<int>> MultiWordNamesByInitials()
    {
        var byInitials = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int j = 0; j < _names.Count; j++)
        {
            if (NameForms.Words(_names[j]).Length > 1)
            {
                foreach (string initials in new[] { NameForms.Initials(_names[j], false), NameForms.Initials(_names[j], true) }.Distinct(StringComparer.Ordinal))
                {
                    (byInitials.TryGetValue(initials, out List<int>? list) ? list : byInitials[initials] = []).Add(j);
                }
            }
        }

        return byInitials;
    }

    /// <summary>
    /// A branch named "D R" or "R D" (D a division word: province, wilayat…) that the text presents as belonging to a
    /// parent P ("the P organisation D R", "P's D R", "D R, an affiliate of P") is the entity named "A R" (or "A in R",
    /// "A-R", "A R D"), A being any name of P: same parent, same region. P itself stays apart.
    /// </summary>
    private void MergeDivisionBranches()
    {
        if (_texts.Count == 0)
        {
            return;
        }

        var bySpelling = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Count; i++)
        {
            bySpelling.TryAdd(NameForms.SpellingKey(_names[i]), i);
        }

        var pairs = new List<(int Branch, int Parent, string Division, string Region)>();
        foreach (IGrouping<string, EntityMention> doc in _mentions.GroupBy(m => m.DocId, StringComparer.Ordinal))
        {
            if (!_texts.TryGetValue(doc.Key, out string? text))
            {
                continue;
            }

            List<EntityMention> list = [.. doc.OrderBy(m => m.Span.Start)];
            for (int k = 0; k < list.Count; k++)
            {
                if (DivisionAndRegion(list[k].Canonical) is not { } dr)
                {
                    continue;
                }

                EntityMention? parent = k > 0 && Gap(text, list[k - 1], list[k]) is { } before && ParentBefore.IsMatch(before) ? list[k - 1]
                    : k + 1 < list.Count && Gap(text, list[k], list[k + 1]) is { } after && ParentAfter.IsMatch(after) ? list[k + 1] : null;
                if (parent is { Type: EntityType.Organization })
                {
                    pairs.Add((_index[list[k].Canonical], _index[parent.Canonical], dr.Division, dr.Region));
                }
            }
        }

        foreach ((int branch, int parent, string division, string region) in pairs)
        {
            int parentRoot = _sets.Find(parent);
            foreach (int alias in Enumerable.Range(0, _names.Count).Where(a => _sets.Find(a) == parentRoot).ToList())
            {
                foreach (string form in new[] { $"{_names[alias]} {region}", $"{_names[alias]} {region} {division}", $"{_names[alias]} {division} {region}" })
                {
                    if (bySpelling.TryGetValue(NameForms.SpellingKey(form), out int e) && _sets.Find(e) != parentRoot)
                    {
                        _sets.Union(branch, e);
                    }
                }
            }
        }
    }

    private static string? Gap(string text, EntityMention first, EntityMention second) =>
        first.Span.End <= second.Span.Start && second.Span.Start <= text.Length && second.Span.Start - first.Span.End <= 60
            ? text[first.Span.End..second.Span.Start] : null;

    /// <summary>"Wilayat Sahel" → (Wilayat, Sahel); "Sahel Province" → (Province, Sahel); null when the region is no proper name.</summary>
    private (string Division, string Region)? DivisionAndRegion(string name)
    {
        string[] words = NameForms.Words(name);
        if (words.Length < 2)
        {
            return null;
        }

        (string division, string[] region) = Divisions.Contains(words[0]) ? (words[0], words[1..])
            : Divisions.Contains(words[^1]) ? (words[^1], words[..^1]) : (string.Empty, []);
        if (region is ["of", ..])
        {
            region = region[1..];
        }

        bool proper = region.Length is > 0 and <= 3 && region.All(w => char.IsUpper(w[0]) && !Divisions.Contains(w)
            && !_lexicon.StopWords.Contains(w) && !_lexicon.FunctionWords.Contains(w) && !_lexicon.IsHead(w));
        return proper ? (division, string.Join(' ', region)) : null;
    }
}
