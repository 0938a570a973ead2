using Crosscheck.Kinds.Entities;
using Crosscheck.Model;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Hypotheses.Edits;

/// <summary>
/// Reads what a hypothesis the user wrote is about: its kind (a cause when it has cause words, else a user
/// hypothesis) and its agent (the entity of the set's index whose name or alias the text contains; the longest
/// match wins, "the Red Hand Brigade" before "Red Hand").
/// </summary>
public static class UserHypothesisParser
{
    private static readonly HashSet<string> CauseWords = Lexicon.LineSet("Hypotheses/user-hypothesis-cause-words.txt", StringComparer.OrdinalIgnoreCase);

    public static HypothesisKind Kind(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Words(text).Any(CauseWords.Contains) ? HypothesisKind.Cause : HypothesisKind.User;
    }

    /// <summary>The entity named in <paramref name="text"/> (its canonical name and id), or nulls when none is.</summary>
    public static (string? Agent, string? EntityId) Agent(string text, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        Entity? best = null;
        int bestLength = 0, bestAt = int.MaxValue;
        foreach (Entity e in entities)
        {
            foreach (string name in e.Aliases.Append(e.Name).Where(n => n.Length > 1))
            {
                int at = IndexOfWord(text, name);
                if (at >= 0 && (name.Length > bestLength || (name.Length == bestLength && at < bestAt)))
                {
                    (best, bestLength, bestAt) = (e, name.Length, at);
                }
            }
        }

        return best is null ? (null, null) : (best.Name, best.Id);
    }

    /// <summary>A user hypothesis read from its text: kind from cause words, agent from the entity index.</summary>
    public static Hypothesis Parse(string id, string text, IReadOnlyList<Entity> entities)
    {
        (string? agent, string? entityId) = Agent(text, entities);
        return new Hypothesis(id, text, Kind(text), agent, entityId, UserGiven: true);
    }

    /// <summary>The agent the user named, as the entity index names it (with its id), or as written when the index does not know it.</summary>
    public static (string Agent, string? EntityId) Known(string agent, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(entities);
        Entity? known = entities.FirstOrDefault(e => e.Aliases.Append(e.Name).Contains(agent.Trim(), StringComparer.OrdinalIgnoreCase));
        return known is null ? (agent.Trim(), null) : (known.Name, known.Id);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[])[' ', '\t', '\n', ',', '.', ';', ':', '!', '?', '"', '(', ')', '“', '”'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\'', '’'));

    /// <summary>
    /// Where <paramref name="name"/> occurs in <paramref name="text"/> as whole words, or −1. Case aside, except for an
    /// acronym ("IS", "US"), which must match as written so that it is not taken for an ordinary word.
    /// </summary>
    private static int IndexOfWord(string text, string name)
    {
        StringComparison comparison = name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (int at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + 1, comparison))
        {
            int end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }
}
