using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// The agent keys one hypothesis stands for: its entity, and groups of which it is a branch or which are
/// its branches ("P-K" with "P"), since "a branch of P did it" and "P did it" do not compete.
/// </summary>
internal sealed class AgentFamily
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly string? _name;

    public AgentFamily(Hypothesis hypothesis, EntityDirectory directory)
    {
        _name = hypothesis.Agent;
        if (hypothesis.AgentEntityId is { } id)
        {
            _keys.Add(id);
            if (directory.ById(id) is { } entity)
            {
                foreach (Entity other in directory.Entities.Where(e => e.Id != id && EntityDirectory.IsBranchPair(entity, e)))
                {
                    _keys.Add(other.Id);
                }
            }
        }
    }

    public bool Contains(AgentMention? m) =>
        m is not null && (_keys.Contains(m.Key) || (_keys.Count == 0 && string.Equals(m.Name, _name, StringComparison.OrdinalIgnoreCase)));

    public bool Contains(string? key) => key is not null && _keys.Contains(key);
}
