using Crosscheck.Kinds.Entities;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// Looks up the set's entity index: the entity of a mention, the entity a demonym's country is, the
/// entity a name (a quote speaker, a user hypothesis) denotes, and groups whose names make one a branch
/// of the other ("P" and "P-K", "P Q" and "P Q R").
/// </summary>
internal sealed class EntityDirectory
{
    private readonly Dictionary<(string, int, int), Entity> _byMention = [];
    private readonly Dictionary<string, Entity> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entity> _byCountry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal);

    public EntityDirectory(IReadOnlyList<Entity> entities)
    {
        foreach (Entity e in entities)
        {
            _byId[e.Id] = e;
            foreach (EntityMention m in e.Mentions)
            {
                _byMention[(m.DocId, m.Span.Start, m.Span.End)] = e;
            }

            foreach (string alias in e.Aliases.Append(e.Name))
            {
                _byAlias.TryAdd(alias, e);
                if (e.Type == EntityType.Place && CountryGazetteer.Instance.FindPlace(alias) is { } c)
                {
                    _byCountry.TryAdd(c.Name, e);
                }
            }
        }

        Entities = entities;
    }

    public IReadOnlyList<Entity> Entities { get; }

    public Entity? EntityOf(EntityMention m) => _byMention.GetValueOrDefault((m.DocId, m.Span.Start, m.Span.End));

    public Entity? ById(string id) => _byId.GetValueOrDefault(id);

    public Entity? ByName(string name) => _byAlias.GetValueOrDefault(name.Trim());

    /// <summary>The key and name a demonym ("Peruvian", "Chileans") stands for, when it is one.</summary>
    public (string Key, string Name)? CountryOfDemonym(string word)
    {
        Country? c = CountryGazetteer.Instance.FindByDemonym(word)
            ?? (word.EndsWith('s') ? CountryGazetteer.Instance.FindByDemonym(word[..^1]) : null);
        if (c is null)
        {
            return null;
        }

        return _byCountry.TryGetValue(c.Name, out Entity? e) ? (e.Id, e.Name) : ("country:" + c.Name, c.Name);
    }

    /// <summary>True when one organization's name is the other's plus a qualifier: a branch and its group.</summary>
    public static bool IsBranchPair(Entity a, Entity b)
    {
        if (a.Type != EntityType.Organization || b.Type != EntityType.Organization)
        {
            return false;
        }

        foreach (string x in a.Aliases.Append(a.Name))
        {
            foreach (string y in b.Aliases.Append(b.Name))
            {
                if (Extends(x, y) || Extends(y, x))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Extends(string longer, string shorter) =>
        shorter.Length >= 3 && longer.Length > shorter.Length + 1
        && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase)
        && longer[shorter.Length] is ' ' or '-'
        && char.IsUpper(longer[shorter.Length + 1]);
}
