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
                NamePhrase named = view.Phrases[speaker.Phrase];
                if (IsDescription(named))
                {
                    return (ResolveDescription(view.Tokens[named.Last].Text.ToLowerInvariant(), speaker.First, span, organization: false), span);
                }

                return (Canonical(named), span);
            case SpeakerForm.Pronoun:
                string w = view.Lower(speaker.First);
                return (w switch
                {
                    "he" or "she" or "his" or "her" => NearestPerson(span.Start),
                    "it" => RecentSubject(span.Start, organization: true) is { } body ? Canonical(body) : NearestOrganization(span.Start),
                    _ => null,
                }, span);
            case SpeakerForm.Nominal:
                string head = view.Lower(speaker.Last);
                if (QuoteLexicon.AnonymousRoles.Contains(head))
                {
                    return (Description(span), span); // "the source", "the insider": no name to look back for
                }

                if (QuoteLexicon.SpeechNouns.Contains(head) || QuoteLexicon.SourceNouns.Contains(head))
                {
                    return (IssuerOf(head, speaker.First) ?? Description(span), span); // "the statement": whose, if the text says
                }

                bool organization = head is "agency" or "ministry" or "embassy" or "committee";
                if (Possessed(speaker.First) || !QuoteLexicon.RoleNouns.Contains(head))
                {
                    // "his father", "Jo Reyes's publicist", "the teenager": the person the text links them to, else as written
                    return (LinkOf(head, speaker.First) is { Named: { } linked } ? Canonical(linked) : Description(span), span);
                }

                return (ResolveDescription(head, speaker.First, span, organization), span);
            default:
                return (Description(span), span);
        }
    }

    /// <summary>
    /// A definite description ("the spokesman", "his father", "the Lakeside Democrat") names the person the text links
    /// it to: the nearest earlier mention of the same head noun set beside a name ("Jo Reyes, a spokesman for …",
    /// "spokesman Jo Reyes", "the spokesman, Jo Reyes,"). When that mention introduces someone unnamed ("a spokesman
    /// for the agency said"), the description is the speaker as written. With no earlier mention, a person's role stands
    /// for the recent subject ("Jo Reyes … the minister said") and a body's ("the agency") is kept as written.
    /// </summary>
    private string? ResolveDescription(string head, int first, TextSpan span, bool organization)
    {
        switch (LinkOf(head, first))
        {
            case { } link when link.Named is { } person:
                return Canonical(person);
            case { Named: null }:
                return Description(span);
        }

        return organization ? Description(span) : NearestPerson(span.Start);
    }

    /// <summary>
    /// The nearest earlier mention of <paramref name="head"/> outside quotes that either names someone (Named set) or
    /// introduces someone unnamed with an indefinite article or a possessor (Named null); definite mentions without a
    /// name ("the spokesman") refer further back and are passed over. Null when there is none.
    /// </summary>
    private (NamePhrase? Named, int Token)? LinkOf(string head, int before)
    {
        for (int i = before - 1; i >= 0; i--)
        {
            if (view.QuoteOf[i] >= 0 || !view.IsWord(i) || !string.Equals(view.Tokens[i].Text, head, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (view.PhraseOf[i] >= 0 && view.Phrases[view.PhraseOf[i]] is { IsOrganization: true, Possessive: false } body && view.IsCapitalized(i))
            {
                return (body, i); // "the Ministry of Works" … "the ministry said"
            }

            if (NameBeside(i) is { } name)
            {
                return (name, i);
            }

            if (IntroducesUnnamed(i))
            {
                return (null, i);
            }
        }

        return null;
    }

    /// <summary>A person's name set beside the role noun at <paramref name="i"/>: a title before the name, or apposition either way.</summary>
    private NamePhrase? NameBeside(int i)
    {
        int end = view.SentenceEnd[view.SentenceOf[i]];
        int first = view.SentenceFirst[view.SentenceOf[i]];

        // "Acme Spokesman Jo Reyes": a title inside the name phrase
        if (view.PhraseOf[i] >= 0 && view.Phrases[view.PhraseOf[i]] is { Titled: true } titled && titled.Last > i && !titled.IsOrganization)
        {
            return titled;
        }

        // "spokesman Jo Reyes", "Acme spokesman Jo Reyes"
        if (i + 1 < end && view.PhraseOf[i + 1] >= 0 && view.Phrases[view.PhraseOf[i + 1]] is { } after && after.First == i + 1 && IsNameOfPerson(after))
        {
            return after;
        }

        // "the spokesman, Jo Reyes," / "Reyes' father, Karl, said"
        if (i + 2 < end && view.Tokens[i + 1].Text == "," && view.PhraseOf[i + 2] >= 0 && view.Phrases[view.PhraseOf[i + 2]] is { } apposed
            && apposed.First == i + 2 && IsNameOfPerson(apposed) && (apposed.Last + 1 >= end || view.Tokens[apposed.Last + 1].Text is "," or "." or ";" or "—"))
        {
            return apposed;
        }

        // "Jo Reyes, a spokesman for the agency," / "Jo Reyes, the agency's spokesman"
        int s = i - 1;
        while (s >= first && view.QuoteOf[s] < 0 && view.Tokens[s].Text != "," && i - s <= 6 && (view.IsWord(s) || view.Tokens[s].Text is "'" or "’" or "-"))
        {
            s--;
        }

        if (s > first && view.Tokens[s].Text == "," && IsAppositionOpener(s + 1) && view.PhraseOf[s - 1] >= 0
            && view.Phrases[view.PhraseOf[s - 1]] is { Possessive: false } before && before.Last == s - 1 && IsNameOfPerson(before))
        {
            return before;
        }

        return null;
    }

    /// <summary>
    /// Who issued the statement (report, letter …) that "the statement" refers back to: the name before the noun
    /// ("a Daily Ledger report", "the ministry's statement"), after it ("a statement from the Ministry of Works"), or the
    /// subject of the clause it opens ("In a statement, the ministry said …"). Null when the text does not say.
    /// </summary>
    private string? IssuerOf(string noun, int before)
    {
        for (int i = before - 1; i >= 0; i--)
        {
            if (view.QuoteOf[i] >= 0 || !view.Is(i, noun))
            {
                continue;
            }

            int end = view.SentenceEnd[view.SentenceOf[i]];
            int p = i - 1;
            if (p >= 0 && view.Tokens[p].Text is "’" or "'")
            {
                p--;
            }

            if (p >= 0 && view.PhraseOf[p] >= 0 && view.Phrases[view.PhraseOf[p]] is { } owner && owner.Last == p && !IsDescription(owner))
            {
                return Canonical(owner);
            }

            int k = i + 1;
            if (k + 1 < end && view.Lower(k) is "from" or "by" or "of")
            {
                k++;
                while (k < end && view.Is(k, "the"))
                {
                    k++;
                }

                return k < end && view.PhraseOf[k] >= 0 && view.Phrases[view.PhraseOf[k]] is { } from && from.First == k ? Canonical(from) : null;
            }

            bool opener = false;
            for (int b = i - 1; b >= view.SentenceFirst[view.SentenceOf[i]] && b >= i - 4; b--)
            {
                opener |= view.Is(b, "in");
            }

            if (opener && k < end && view.Tokens[k].Text == ",")
            {
                return SubjectAfter(k + 1, end);
            }

            return null;
        }

        return null;
    }

    /// <summary>The subject opening a clause at <paramref name="k"/>: a name, or "the" with a few words and a role noun ("the defence ministry").</summary>
    private string? SubjectAfter(int k, int end)
    {
        int start = k;
        if (k < end && view.Is(k, "the"))
        {
            k++;
        }

        for (int i = k; i < end && i <= k + 4 && view.IsWord(i); i++)
        {
            if (!view.IsCapitalized(i) && QuoteLexicon.RoleNouns.Contains(view.Tokens[i].Text))
            {
                return Description(new TextSpan(view.Tokens[start].Span.Start, view.Tokens[i].Span.End)); // "the Iraqi defence ministry"
            }
        }

        return k < end && view.PhraseOf[k] >= 0 && view.Phrases[view.PhraseOf[k]] is { Possessive: false } name && name.First == k ? Canonical(name) : null;
    }

    private bool Possessed(int first) =>
        QuoteLexicon.PossessivePronouns.Contains(view.Tokens[first].Text) || (view.PhraseOf[first] >= 0 && view.Phrases[view.PhraseOf[first]].Possessive);

    private bool IsAppositionOpener(int k)
    {
        string w = view.Lower(k);
        return QuoteLexicon.Determiners.Contains(w) || (view.PhraseOf[k] >= 0 && view.Phrases[view.PhraseOf[k]].Possessive) || !view.IsCapitalized(k);
    }

    private bool IsNameOfPerson(NamePhrase phrase) => !phrase.Possessive && !phrase.IsOrganization && !IsDescription(phrase) && IsPersonLike(phrase);

    /// <summary>"a spokesman for the agency", "one spokesman", "the agency's spokesman", "his father": someone introduced without a name.</summary>
    private bool IntroducesUnnamed(int i)
    {
        int first = view.SentenceFirst[view.SentenceOf[i]];
        for (int k = i - 1; k >= first && k >= i - 8; k--)
        {
            string w = view.Lower(k);
            if (w is "a" or "an" or "one" or "another" || QuoteLexicon.PossessivePronouns.Contains(w) || (view.PhraseOf[k] >= 0 && view.Phrases[view.PhraseOf[k]].Possessive))
            {
                return true;
            }

            if (w is "the" or "this" or "that" || !view.IsWord(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Lakeside Democrat said": a capitalized phrase after "the" whose head is a noun for a member of a party or a
    /// nation (Resources/Quotes/member-nouns.txt) describes a person; a person's name never takes "the".
    /// </summary>
    public bool IsDescription(NamePhrase phrase)
    {
        if (phrase.IsOrganization || phrase.Titled || !QuoteLexicon.MemberNouns.Contains(view.Tokens[phrase.Last].Text.TrimEnd('.')))
        {
            return false;
        }

        return phrase.First > 0 && view.Is(phrase.First - 1, "the");
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

        if (!phrase.Titled && phrase.First > 0 && view.Is(phrase.First - 1, "the") && view.SentenceOf[phrase.First - 1] == view.SentenceOf[phrase.First])
        {
            return false; // "the Daily Ledger", "the Lakeside Democrat": a person's name never takes "the"
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
        NamePhrase? found = RecentSubject(position, organization: false) ?? Nearest(position, IsPersonLike);
        return found is null ? null : Canonical(found);
    }

    private string? NearestOrganization(int position)
    {
        NamePhrase? found = Nearest(position, p => p.IsOrganization && p.Words.Length >= 2);
        return found is null ? null : Canonical(found);
    }

    /// <summary>
    /// The subject of the sentence holding <paramref name="position"/> or of one of the few before it, if a person (or,
    /// for "it", a body: a name that is neither a person's nor a place's). A subject that is a description ("the Lakeside
    /// Democrat") stands for the subject before it.
    /// </summary>
    private NamePhrase? RecentSubject(int position, bool organization, int depth = 0)
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

                if (!organization && !phrase.Possessive && IsDescription(phrase))
                {
                    return depth < 3 ? RecentSubject(phrase.Span.Start, organization, depth + 1) : null;
                }

                if (!phrase.Possessive && (organization ? IsBody(phrase) : IsPersonLike(phrase)))
                {
                    return phrase;
                }

                if (organization)
                {
                    break;
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

    private bool IsBody(NamePhrase phrase) =>
        !IsPersonLike(phrase) && view.EntityAt(view.Tokens[phrase.Last].Span)?.Type != EntityType.Place
        && (phrase.IsOrganization || Entities.CountryGazetteer.Instance.FindPlace(phrase.Name) is null);

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
