using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Entities;

/// <summary>
/// The alias groups of Resources/Entities/mined-aliases.tsv (mined by <c>crosscheck train aliases</c>): names stated
/// to be one entity in a background news corpus. Looked up by spelling key. Immutable and thread-safe.
/// </summary>
public sealed class AliasGazetteer
{
    private readonly Dictionary<string, int> _groupOf = new(StringComparer.Ordinal);

    public AliasGazetteer(IEnumerable<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        int g = 0;
        foreach (IReadOnlyList<string> group in groups)
        {
            foreach (string name in group)
            {
                // A name listed in two groups is ambiguous: it joins neither.
                string key = NameForms.SpellingKey(name);
                _groupOf[key] = _groupOf.TryGetValue(key, out int other) && other != g ? -1 : g;
            }

            g++;
        }
    }

    public static AliasGazetteer Instance { get; } = new(Lexicon.Lines("Entities/mined-aliases.tsv").Select(l => (IReadOnlyList<string>)l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    /// <summary>The number of the group listing <paramref name="name"/> (any spelling variant), or null.</summary>
    public int? GroupOf(string name) => _groupOf.TryGetValue(NameForms.SpellingKey(name), out int g) && g >= 0 ? g : null;
}
