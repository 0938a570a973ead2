using System.Text.Json;

namespace Crosscheck.Lab.Evaluation;

/// <summary>The gold file's alias sets: names that denote the same entity.</summary>
public sealed record AliasSets(IReadOnlyList<(string Canonical, List<string> Names)> Sets)
{
    public static AliasSets From(JsonElement root)
    {
        var sets = new List<(string, List<string>)>();
        if (root.TryGetProperty("entity_aliases", out JsonElement list))
        {
            foreach (JsonElement e in list.EnumerateArray())
            {
                sets.Add((e.GetProperty("canonical").GetString()!, e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList()));
            }
        }

        return new AliasSets(sets);
    }

    /// <summary>True when the names match loosely or belong to one alias set.</summary>
    public bool Same(string? found, string wanted)
    {
        if (found is null)
        {
            return false;
        }

        if (NameMatcher.Same(found, wanted))
        {
            return true;
        }

        return Sets.Any(s => (NameMatcher.Same(s.Canonical, wanted) || s.Names.Any(n => NameMatcher.Same(n, wanted)))
            && s.Names.Any(n => NameMatcher.Normalize(n) == NameMatcher.Normalize(found)));
    }
}
