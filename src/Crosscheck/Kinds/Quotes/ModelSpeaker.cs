using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// The speaker of a quote from the learned attribution tagger (<see cref="DocumentFindings.Attributions"/>),
/// for quotes whose speaker the rules could not find: the source of an attribution whose content covers
/// most of the quote. Pronoun sources are not used (the rules resolve pronouns; the tagger does not), nor
/// sources inside the quote. A source that holds an entity mention is named by the entity's fullest name (not a
/// possessor's: "Roe’s father, John" is John).
/// </summary>
internal static class ModelSpeaker
{
    private static readonly HashSet<string> Unusable = Lexicon.WordSet("Quotes/unusable-speakers.txt", StringComparer.OrdinalIgnoreCase);

    public static (string Speaker, TextSpan Span, string Cue)? Find(DocumentFindings findings, TextSpan inner)
    {
        foreach (AttributionRelation a in findings.Attributions)
        {
            if (a.Source is not { } source || a.SourceSpan is not { } sourceSpan || inner.Overlaps(sourceSpan)
                || Unusable.Contains(source.Trim()) || source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 10)
            {
                continue;
            }

            int covered = a.ContentSpans.Sum(c => Math.Max(0, Math.Min(c.End, inner.End) - Math.Max(c.Start, inner.Start)));
            if (inner.Length == 0 || covered * 2 < inner.Length)
            {
                continue;
            }

            // A possessor in the source ("the minister’s aide", "Roe’s father, John") is not the one who speaks.
            EntityMention? entity = findings.Entities.FirstOrDefault(m => sourceSpan.Contains(m.Span) && m.Type != EntityType.Place && !Possessor(source, sourceSpan, m.Span));
            return (entity?.Canonical ?? source.Trim(), entity?.Span ?? sourceSpan, a.Cue);
        }

        return null;
    }

    // The mention is followed, inside the source, by a possessive ending: 's, ’s, or a lone apostrophe.
    private static bool Possessor(string source, TextSpan sourceSpan, TextSpan mention)
    {
        int at = mention.End - sourceSpan.Start;
        if (at < 0 || at >= source.Length)
        {
            return false;
        }

        ReadOnlySpan<char> rest = source.AsSpan(at);
        return rest.StartsWith("'s", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("’s", StringComparison.OrdinalIgnoreCase)
            || (rest[0] is '\'' or '’' && (rest.Length == 1 || !char.IsLetter(rest[1])));
    }
}
