using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Edits;

/// <summary>
/// Applies the user's edits to the hypotheses found in the text. Pure: the same hypotheses and edits always give
/// the same result. Order: merge (the first of each group is kept), rename, drop, add. A hypothesis is named by its
/// id ("h2") or by its exact text (case aside), so that an edit still finds it if the ids of a later run shift.
/// An edit that names no hypothesis of this run is skipped with a warning; the others still apply.
/// </summary>
public static class HypothesisEdits
{
    public static IReadOnlyList<Hypothesis> Apply(IReadOnlyList<Hypothesis> found, CaseFile edits) => Plan(found, edits).Hypotheses;

    public static EditOutcome Plan(IReadOnlyList<Hypothesis> found, CaseFile edits)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(edits);
        HypothesisEditSet set = edits.Hypotheses;
        var list = found.DistinctBy(h => h.Id).ToList();
        var map = list.ToDictionary(h => h.Id, h => (string?)h.Id);
        var warnings = new List<string>();

        foreach (IReadOnlyList<string> group in set.Merge)
        {
            var members = group.Select(r => (Reference: r, Hypothesis: Resolve(r, list, map))).ToList();
            foreach (var missing in members.Where(m => m.Hypothesis is null))
            {
                warnings.Add($"merge: {NoSuch(missing.Reference, list)}");
            }

            var resolved = members.Select(m => m.Hypothesis).OfType<Hypothesis>().DistinctBy(h => h.Id).ToList();
            if (resolved.Count < 2)
            {
                warnings.Add($"merge: [{string.Join(", ", group.Select(Quote))}] names fewer than two hypotheses of this run; nothing merged");
                continue;
            }

            foreach (Hypothesis other in resolved.Skip(1))
            {
                list.Remove(other);
                Redirect(map, other.Id, resolved[0].Id);
            }
        }

        foreach ((string reference, string text) in set.Rename)
        {
            if (Resolve(reference, list, map) is not { } h)
            {
                warnings.Add($"rename: {NoSuch(reference, list)}");
                continue;
            }

            if (text.Trim().Length == 0)
            {
                warnings.Add($"rename: the new text for {Quote(reference)} is empty; not renamed");
                continue;
            }

            list[list.IndexOf(h)] = h with { Text = text.Trim(), UserGiven = true };
        }

        foreach (string reference in set.Drop)
        {
            if (Resolve(reference, list, map) is not { } h)
            {
                warnings.Add($"drop: {NoSuch(reference, list)}");
                continue;
            }

            list.Remove(h);
            Redirect(map, h.Id, null);
        }

        var added = new Dictionary<string, HypothesisAddition>(StringComparer.Ordinal);
        foreach (HypothesisAddition add in set.Add)
        {
            string text = add.Text.Trim();
            if (text.Length == 0 || list.Any(h => string.Equals(h.Text, text, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            string id = add.Id?.Trim() is { Length: > 0 } given ? given : NextUserId(list.Select(h => h.Id));
            if (list.Any(h => h.Id == id) || map.ContainsKey(id))
            {
                string other = NextUserId([.. list.Select(h => h.Id), .. map.Keys]);
                warnings.Add($"add: the id {Quote(id)} is already taken; {Quote(text)} gets {Quote(other)}");
                id = other;
            }

            list.Add(new Hypothesis(id, text, add.Kind ?? UserHypothesis.Kind(text), add.Agent?.Trim(), null, UserGiven: true));
            added[id] = add;
        }

        return new EditOutcome(list, map, warnings) { Added = added };
    }

    /// <summary>The first id "u1", "u2", … not among <paramref name="taken"/>.</summary>
    public static string NextUserId(IEnumerable<string> taken)
    {
        HashSet<string> ids = [.. taken];
        int n = 1;
        while (ids.Contains(string.Create(CultureInfo.InvariantCulture, $"u{n}")))
        {
            n++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"u{n}");
    }

    /// <summary>The hypothesis a reference names: its id, the id it was merged into, or its exact text (case aside).</summary>
    private static Hypothesis? Resolve(string reference, List<Hypothesis> list, Dictionary<string, string?> map)
    {
        string r = reference.Trim();
        string id = map.TryGetValue(r, out string? to) && to is not null ? to : r;
        return list.FirstOrDefault(h => h.Id == id) ?? list.FirstOrDefault(h => string.Equals(h.Text, r, StringComparison.OrdinalIgnoreCase));
    }

    private static void Redirect(Dictionary<string, string?> map, string from, string? to)
    {
        foreach (string key in map.Where(kv => kv.Value == from).Select(kv => kv.Key).ToList())
        {
            map[key] = to;
        }
    }

    private static string NoSuch(string reference, List<Hypothesis> list) =>
        $"no hypothesis {Quote(reference)} in this run (its hypotheses: {(list.Count == 0 ? "none" : string.Join(", ", list.Select(h => h.Id)))})";

    private static string Quote(string s) => $"\"{s}\"";
}
