using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// The one reader of a hypothesis the user wrote as free text ("The Northern Front carried out the bombing"):
/// a hypothesis added with <c>--hypothesis</c> or the case file (<see cref="Edits.HypothesisEditor"/>,
/// <see cref="Edits.HypothesisEdits"/>) and a claim read by the hypothesis rules
/// (<see cref="Claims.ClaimStanceAnalyzer"/>). It reads a <see cref="Hypothesis"/> that
/// <see cref="StanceFinder.StancesFor(IReadOnlyList{Hypothesis}, IReadOnlyList{AnnotatedDocument}, IReadOnlyList{DocumentFindings}, SetFindings)"/>
/// can compute stances for: a false flag when the text says so, else a cause when a cause cue matches, else
/// the agent is the longest entity name (or alias, or demonym) of the set's index found in the text.
/// </summary>
public static class UserHypothesis
{
    public static Hypothesis Parse(string id, string text, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        Entity? agent = FindAgent(text, entities);
        return Cause(text) switch
        {
            { Kind: HypothesisKind.Cause, Label: var label } => new Hypothesis(id, text, HypothesisKind.Cause, label, null, true),
            { Kind: var kind } => new Hypothesis(id, text, kind, agent?.Name, agent?.Id, true),
        };
    }

    /// <summary>
    /// The kind <see cref="Parse"/> reads from <paramref name="text"/> without the entity index: a false flag when the
    /// text says so, else a cause when a cause cue matches, else responsibility.
    /// </summary>
    public static HypothesisKind Kind(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Cause(text).Kind;
    }

    /// <summary>The agent the user named, as the entity index names it (with its id), or as written when the index does not know it.</summary>
    public static (string Agent, string? EntityId) Known(string agent, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(entities);
        Entity? known = entities.FirstOrDefault(e => e.Aliases.Append(e.Name).Contains(agent.Trim(), StringComparer.OrdinalIgnoreCase));
        return known is null ? (agent.Trim(), null) : (known.Name, known.Id);
    }

    private static (HypothesisKind Kind, string? Label) Cause(string text)
    {
        var lex = HypothesisLexicon.Instance;
        if (lex.FalseFlag.IsMatch(text))
        {
            return (HypothesisKind.FalseFlag, null);
        }

        return lex.Causes.FirstOrDefault(c => c.Pattern.IsMatch(text)) is { } cause
            ? (HypothesisKind.Cause, cause.Label)
            : (HypothesisKind.Responsibility, null);
    }

    private static bool IsAcronym(string alias) => alias.Length >= 2 && alias.All(c => char.IsUpper(c) || c is '-' or '.' || char.IsDigit(c)) && alias.Any(char.IsLetter);

    private static Entity? FindAgent(string text, IReadOnlyList<Entity> entities)
    {
        var directory = new EntityDirectory(entities);
        Entity? best = null;
        int bestLength = 0;
        foreach (Entity e in entities)
        {
            foreach (string alias in e.Aliases.Append(e.Name).Where(a => a.Length > bestLength))
            {
                // An acronym is written in capitals: "IS" names a group, "is" is a verb. Other names match case aside.
                RegexOptions options = IsAcronym(alias) ? RegexOptions.None : RegexOptions.IgnoreCase;
                if (Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(alias)}(?![\w-])", options))
                {
                    best = e;
                    bestLength = alias.Length;
                }
            }
        }

        if (best is not null)
        {
            return best;
        }

        foreach (Match word in Regex.Matches(text, @"\b[A-Z][a-z]+\b"))
        {
            if (directory.CountryOfDemonym(word.Value) is { } country && directory.ById(country.Key) is { } e)
            {
                return e;
            }
        }

        return null;
    }
}
