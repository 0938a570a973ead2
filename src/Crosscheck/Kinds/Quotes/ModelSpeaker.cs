using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// The speaker of a quote from the learned attribution tagger (<see cref="DocumentFindings.Attributions"/>),
/// for quotes whose speaker the rules could not find: the source of an attribution whose content covers
/// most of the quote. Pronoun sources are not used (the rules resolve pronouns; the tagger does not), nor
/// sources inside the quote. A source that holds an entity mention is named by the entity's fullest name.
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

            EntityMention? entity = findings.Entities.FirstOrDefault(m => sourceSpan.Contains(m.Span) && m.Type != EntityType.Place);
            return (entity?.Canonical ?? source.Trim(), entity?.Span ?? sourceSpan, a.Cue);
        }

        return null;
    }
}
