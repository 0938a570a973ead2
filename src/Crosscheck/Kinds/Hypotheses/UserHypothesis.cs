using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// Reads a hypothesis the user wrote as free text ("The Northern Front carried out the bombing") into a
/// <see cref="Hypothesis"/> that <see cref="StanceFinder.StancesFor(IReadOnlyList{Hypothesis}, IReadOnlyList{AnnotatedDocument}, IReadOnlyList{DocumentFindings}, SetFindings)"/>
/// can compute stances for: a false flag when the text says so, else a cause when a cause cue matches, else
/// the agent is the longest entity name (or alias, or demonym) of the set's index found in the text.
/// </summary>
public static class UserHypothesis
{
    public static Hypothesis Parse(string id, string text, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var lex = HypothesisLexicon.Instance;
        Entity? agent = FindAgent(text, entities);
        if (lex.FalseFlag.IsMatch(text))
        {
            return new Hypothesis(id, text, HypothesisKind.FalseFlag, agent?.Name, agent?.Id, true);
        }

        if (lex.Causes.FirstOrDefault(c => c.Pattern.IsMatch(text)) is { } cause)
        {
            return new Hypothesis(id, text, HypothesisKind.Cause, cause.Label, null, true);
        }

        return new Hypothesis(id, text, HypothesisKind.Responsibility, agent?.Name, agent?.Id, true);
    }

    private static Entity? FindAgent(string text, IReadOnlyList<Entity> entities)
    {
        var directory = new EntityDirectory(entities);
        Entity? best = null;
        int bestLength = 0;
        foreach (Entity e in entities)
        {
            foreach (string alias in e.Aliases.Append(e.Name).Where(a => a.Length > bestLength))
            {
                if (Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(alias)}(?![\w-])", RegexOptions.IgnoreCase))
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
