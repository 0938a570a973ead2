using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// Turns a speaker reference into a name: a name phrase becomes the fullest name the document gives
/// (the entity extractor's canonical name, else the longest name phrase ending with the same words);
/// a pronoun or "the president" becomes the nearest person named before it.
/// </summary>
internal sealed class SpeakerResolver(DocumentView view)
{
    private const int MaxNameWords = 5;
    private const int MaxSubjectLookBack = 3;

    public (string? Name, TextSpan Span) Resolve(SpeakerRef speaker)
    {
        var span = new TextSpan(view.Tokens[speaker.First].Span.Start, view.Tokens[speaker.Last].Span.End);
        switch (speaker.Form)
        {
            case SpeakerForm.Name:
                return (Canonical(view.Phrases[speaker.Phrase]), span);
            case SpeakerForm.Pronoun:
                string w = view.Lower(speaker.First);
                return (w switch
                {
                    "he" or "she" or "his" or "her" => NearestPerson(span.Start),
                    "it" => NearestOrganization(span.Start),
                    _ => null,
                }, span);
            case SpeakerForm.Nominal:
                string head = view.Lower(speaker.Last);
                if (QuoteLexicon.AnonymousRoles.Contains(head) || head is "statement")
                {
                    return (Description(span), span); // "the source", "the insider", "the statement": no name to look back for
                }

                bool organization = head is "agency" or "ministry" or "embassy" or "committee";
                return (organization ? NearestOrganization(span.Start) : NearestPerson(span.Start), span);
            default:
                return (Description(span), span);
        }
    }

    /// <summary>An unnamed speaker given as the text describing them ("one farm employee", "a source close to the family").</summary>
    private string? Description(TextSpan span)
    {
        string text = span.Slice(view.Text).Replace('\n', ' ');
        return text.Length is < 3 or > 80 ? null : text;
    }

    public string Canonical(NamePhrase phrase)
    {
        // The upstream entity mention holding the phrase's head word (its last word) names it best.
        if (view.EntityAt(view.Tokens[phrase.Last].Span) is { } entity)
        {
            return entity.Canonical;
        }

        string[] words = phrase.Words;
        NamePhrase best = phrase;
        foreach (NamePhrase other in view.Phrases)
        {
            if (other.Words.Length <= best.Words.Length || other.Words.Length > MaxNameWords || (phrase.IsOrganization && !other.IsOrganization))
            {
                continue;
            }

            bool sameKind = other.IsOrganization == phrase.IsOrganization;
            if ((sameKind && EndsWith(other.Words, words)) || (other.IsOrganization && StartsWith(other.Words, words)))
            {
                best = other;
            }
        }

        return best.Name;
    }

    public bool IsPersonLike(NamePhrase phrase)
    {
        if (!phrase.IsOrganization && RoleInApposition(phrase))
        {
            return true; // "Jan Roe, minister of works, …": a name a person's role describes names a person
        }

        if (view.EntityAt(view.Tokens[phrase.Last].Span) is { } entity)
        {
            return entity.Type == EntityType.Person;
        }

        if (phrase.IsOrganization || phrase.Words.Length > 4 || phrase.Words.Any(NamePhraseFinder.IsAcronym)
            || Entities.CountryGazetteer.Instance.FindPlace(phrase.Name) is not null)
        {
            return false;
        }

        if (phrase.Titled || phrase.Words.Length >= 2)
        {
            return true;
        }

        string word = phrase.Words[0];
        return view.Phrases.Any(p => p.Words.Length >= 2 && !p.IsOrganization && p.Words[^1] == word);
    }

    /// <summary>", minister of …", ", a spokesman for …", ", the head of …" right after the name.</summary>
    private bool RoleInApposition(NamePhrase phrase)
    {
        int i = phrase.Last + 1;
        if (i + 1 >= view.Tokens.Length || view.Tokens[i].Text != ",")
        {
            return false;
        }

        i++;
        if (QuoteLexicon.Determiners.Contains(view.Tokens[i].Text) && i + 1 < view.Tokens.Length)
        {
            i++;
        }

        return QuoteLexicon.PersonRoles.Contains(view.Lower(i)) && !view.IsCapitalized(i);
    }

    private string? NearestPerson(int position)
    {
        NamePhrase? found = RecentSubject(position) ?? Nearest(position, IsPersonLike);
        return found is null ? null : Canonical(found);
    }

    private string? NearestOrganization(int position)
    {
        NamePhrase? found = Nearest(position, p => p.IsOrganization && p.Words.Length >= 2);
        return found is null ? null : Canonical(found);
    }

    /// <summary>The subject of the sentence holding <paramref name="position"/> or of one of the few before it, if a person.</summary>
    private NamePhrase? RecentSubject(int position)
    {
        Sentence? current = view.Document.SentenceAt(position);
        if (current is null)
        {
            return null;
        }

        for (int s = current.Index; s >= 0 && s > current.Index - MaxSubjectLookBack; s--)
        {
            int first = view.SentenceFirst[s];
            foreach (NamePhrase phrase in PhrasesOf(s))
            {
                if (phrase.Span.End > position)
                {
                    break;
                }

                int before = phrase.First - 1;
                while (before > first && view.Is(before, "the"))
                {
                    before--;
                }

                if (before >= first && before < phrase.First && QuoteLexicon.Prepositions.Contains(view.Tokens[before].Text))
                {
                    continue;
                }

                if (!phrase.Possessive && IsPersonLike(phrase))
                {
                    return phrase;
                }

                if (phrase.Possessive && ApposedName(phrase, s) is { } apposed)
                {
                    return apposed; // "X's brother, Jan Roe, reached out": the subject is the named relative, not X
                }

                if (phrase.First == first && phrase.Words.Length == 1 && view.EntityAt(phrase.Span) is null)
                {
                    continue; // "Concerned, …", "About the same time, …": an opener, not the subject
                }

                break; // the subject is not a person: look no further in this sentence
            }
        }

        return null;
    }

    /// <summary>"X's brother, Jan Roe," — the person named in apposition to a noun that a possessor opens, or null.</summary>
    private NamePhrase? ApposedName(NamePhrase possessor, int sentence)
    {
        int i = possessor.Last + 1;
        int end = view.SentenceEnd[sentence];
        while (i < end && view.Tokens[i].Text is "'" or "’" or "s" or "'s" or "’s")
        {
            i++;
        }

        int nouns = 0;
        while (i < end && view.IsWord(i) && !view.IsCapitalized(i) && nouns < 3)
        {
            i++;
            nouns++;
        }

        if (nouns == 0 || i + 1 >= end || view.Tokens[i].Text != "," || view.PhraseOf[i + 1] < 0)
        {
            return null;
        }

        NamePhrase name = view.Phrases[view.PhraseOf[i + 1]];
        bool closed = name.Last + 1 < end && view.Tokens[name.Last + 1].Text == ",";
        return closed && name.First == i + 1 && !name.Possessive && IsPersonLike(name) ? name : null;
    }

    private IEnumerable<NamePhrase> PhrasesOf(int sentence)
    {
        int seen = -1;
        for (int i = view.SentenceFirst[sentence]; i < view.SentenceEnd[sentence]; i++)
        {
            int p = view.PhraseOf[i];
            if (p >= 0 && p != seen)
            {
                seen = p;
                yield return view.Phrases[p];
            }
        }
    }

    private NamePhrase? Nearest(int position, Func<NamePhrase, bool> accept)
    {
        int paragraph = view.Document.SentenceAt(position)?.Paragraph ?? int.MaxValue;
        for (int p = view.Phrases.Count - 1; p >= 0; p--)
        {
            NamePhrase phrase = view.Phrases[p];
            if (phrase.Span.End > position)
            {
                continue;
            }

            if (view.ParagraphOfToken(phrase.First) < paragraph - 3)
            {
                break;
            }

            if (accept(phrase))
            {
                return phrase;
            }
        }

        return null;
    }

    private static bool EndsWith(string[] longer, string[] shorter)
    {
        for (int i = 1; i <= shorter.Length; i++)
        {
            if (!string.Equals(longer[^i], shorter[^i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWith(string[] longer, string[] shorter)
    {
        for (int i = 0; i < shorter.Length; i++)
        {
            if (!string.Equals(longer[i], shorter[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
