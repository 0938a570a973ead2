using Crosscheck.Kinds.Entities.Ner;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Entities;

/// <summary>
/// The learned CoNLL-2003 tagger (<see cref="NerModel"/>) as one more vote on the type of a name the rules have no
/// evidence for (no gazetteer, title, first name, head word or context cue): the rules need positive evidence for a
/// person and type such a name an organisation by default; "the commander, Omar Haddad," is a person when the tagger
/// reads one. Only the tagger's persons count (its places and organisations add nothing the default lacks: "the new
/// Brelo Quint laptop" is no place). It never overrides a rule with evidence, never retypes a lone word, and never
/// makes a person of a name after "told" or a function word (an outlet there reads as a person to the tagger).
/// </summary>
internal static class NerVotes
{
    /// <summary>The names the tagger finds in the document, by character span, with their type (MISC left out).</summary>
    public static Dictionary<TextSpan, EntityType> Tag(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var types = new Dictionary<TextSpan, EntityType>();
        if (NerModel.Default is not { } model || document.Sentences.Count == 0)
        {
            return types;
        }

        List<Sentence> sentences = [.. document.Sentences.Where(s => s.Tokens.Count > 0)];
        IReadOnlyList<IReadOnlyList<NerSpan>> spans = model.Tag([.. sentences.Select(s => (IReadOnlyList<string>)[.. s.Tokens.Select(t => t.Text)])]);
        for (int i = 0; i < sentences.Count; i++)
        {
            IReadOnlyList<Token> tokens = sentences[i].Tokens;
            foreach (NerSpan span in spans[i])
            {
                EntityType? type = span.Type switch
                {
                    "PER" => EntityType.Person,
                    "ORG" => EntityType.Organization,
                    "LOC" => EntityType.Place,
                    _ => null,
                };
                if (type is { } t)
                {
                    types[new TextSpan(tokens[span.Start].Span.Start, tokens[span.End - 1].Span.End)] = t;
                }
            }
        }

        return types;
    }

    /// <summary>Each multi-word candidate without evidence takes the type the tagger gives exactly its name (the document is tagged only when there is one).</summary>
    public static void Apply(AnnotatedDocument document, List<NameCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (!candidates.Any(Undecided))
        {
            return;
        }

        Dictionary<TextSpan, EntityType> tagged = Tag(document);
        for (int i = 0; i < candidates.Count; i++)
        {
            NameCandidate c = candidates[i];
            if (Undecided(c) && c.Type != EntityType.Person && tagged.TryGetValue(c.NameSpan, out EntityType type) && type == EntityType.Person
                && !IsAddressee(document.Text, c.Span.Start))
            {
                candidates[i] = c with { Type = type };
            }
        }
    }

    /// <summary>
    /// After "told", a preposition or another function word ("told X", "according to X", "reported by X") the tagger's
    /// person is as often an outlet or a body: its vote is not taken there.
    /// </summary>
    private static bool IsAddressee(string text, int start)
    {
        int end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        string previous = text[begin..end];
        return previous.Length > 0 && char.IsLower(previous[0])
            && (previous == "told" || EntityLexicon.Instance.FunctionWords.Contains(previous));
    }

    private static bool Undecided(NameCandidate c) => c.Evidence == Evidence.None && c.Words.Count >= 2 && c.FixedCanonical is null;
}
