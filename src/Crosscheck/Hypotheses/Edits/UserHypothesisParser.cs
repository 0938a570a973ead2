using Crosscheck.Extraction.Entities;
using Crosscheck.Model;

namespace Crosscheck.Hypotheses.Edits;

/// <summary>
/// Reads what a hypothesis the user wrote is about: its kind (a cause when it has cause words, else a user
/// hypothesis) and its agent (the entity of the set's index whose name or alias the text contains; the longest
/// match wins, "the Red Hand Brigade" before "Red Hand").
/// </summary>
public static class UserHypothesisParser
{
    private static readonly HashSet<string> CauseWords = ResourceText.Set("user-hypothesis-cause-words.txt", StringComparer.OrdinalIgnoreCase);

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

    /// <summary>A user hypothesis with its kind (unless given) and agent (unless given) read from its text.</summary>
    public static Hypothesis Complete(Hypothesis hypothesis, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        if (hypothesis.Agent is not null)
        {
            Entity? known = entities.FirstOrDefault(e => e.Aliases.Append(e.Name).Contains(hypothesis.Agent, StringComparer.OrdinalIgnoreCase));
            return known is null ? hypothesis : hypothesis with { Agent = known.Name, AgentEntityId = known.Id };
        }

        (string? agent, string? id) = Agent(hypothesis.Text, entities);
        return hypothesis with { Agent = agent, AgentEntityId = id };
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
