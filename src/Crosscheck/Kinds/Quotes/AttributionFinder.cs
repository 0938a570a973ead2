using Crosscheck.Model;
using System.Text.RegularExpressions;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// Finds the speech cue of a quote and the noun phrase that is its subject: after the quote
/// ("“…,” Haskins explained", "“…,” said X", "“…,” X, the head of Y, also said") or before it
/// ("X said: “…”", "X wrote on social media “…”", "As X put it: “…”", "according to X, “…”"), with the
/// sentence subject as a fallback for participles ("…, saying “…”").
/// </summary>
internal sealed partial class AttributionFinder(DocumentView view)
{
    private const int MaxAfterTokens = 18;

    private SpeakerResolver? _resolver;

    private SpeakerResolver Resolver => _resolver ??= new SpeakerResolver(view);

    public Attribution? ForQuote(int quote)
    {
        (int open, int close) = TokenRange(quote);
        if (open < 0)
        {
            return null;
        }

        return After(quote, close) ?? Before(open) ?? Trailing(close);
    }

    /// <summary>"… “very significant” blow to the group, the ministry said.": a cue closing the sentence after a comma.</summary>
    private Attribution? Trailing(int close)
    {
        int end = view.SentenceEnd[view.SentenceOf[close]];
        int lastComma = -1;
        for (int c = close + 1; c < end; c++)
        {
            if (view.QuoteOf[c] >= 0 || view.Tokens[c].Text is ";" or ":")
            {
                return null;
            }

            if (view.Tokens[c].Text == ",")
            {
                lastComma = c;
                continue;
            }

            if (lastComma < 0 || !IsCue(c, out int last) || view.Tokens[c].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }

            SpeakerRef? speaker;
            if (c == lastComma + 1)
            {
                speaker = NounPhraseFrom(last + 1, end);
            }
            else
            {
                int tail = SkipModifiersBack(c - 1, lastComma + 1);
                speaker = tail > lastComma && StartsNounPhrase(lastComma + 1) ? PickFromSegments(lastComma + 1, tail) : null;
            }

            return speaker is null ? null : new Attribution(speaker, c, last, Adjacent: false);
        }

        return null;
    }

    /// <summary>The first speech cue of a sentence (outside quotes) with its subject, for quotes that follow it.</summary>
    public Attribution? ForSentence(int sentence)
    {
        int first = view.SentenceFirst[sentence];
        int end = view.SentenceEnd[sentence];
        for (int i = first; i < end; i++)
        {
            if (view.QuoteOf[i] < 0 && IsCue(i, out int cueLast))
            {
                SpeakerRef? speaker = SpeakerOfCue(i, cueLast, first, end);
                if (speaker is not null)
                {
                    return new Attribution(speaker, i, cueLast, Adjacent: false);
                }
            }
        }

        return null;
    }

    public (int Open, int Close) TokenRange(int quote)
    {
        int open = -1, close = -1;
        for (int i = FirstTokenAt(view.Spans[quote].Outer.Start); i < view.Tokens.Length && view.Tokens[i].Span.Start < view.Spans[quote].Outer.End; i++)
        {
            if (view.QuoteOf[i] == quote)
            {
                if (open < 0)
                {
                    open = i;
                }

                close = i;
            }
        }

        return (open, close);
    }

    private int FirstTokenAt(int position)
    {
        int lo = 0, hi = view.Tokens.Length - 1, found = view.Tokens.Length;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (view.Tokens[mid].Span.End > position)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }

    private Attribution? After(int quote, int close)
    {
        int sentence = view.SentenceOf[close];
        int end = view.SentenceEnd[sentence];
        int k = close + 1;
        string inner = view.Spans[quote].Inner.Slice(view.Text).TrimEnd('’', '\'', '‘', '”', '"', ' ');
        bool innerPunct = inner.Length > 0 && inner[^1] is ',' or '?' or '!' or '…' or '.' or '—' or '-';
        bool comma = k < end && view.Tokens[k].Text == ",";
        if (!innerPunct && !comma)
        {
            return null;
        }

        if (comma)
        {
            k++;
        }

        if (k == end && k < view.Tokens.Length && inner.Length > 0 && inner[^1] is '?' or '!' && view.SentenceOf[k] == sentence + 1
            && view.ParagraphOfToken(k) == view.ParagraphOfToken(close) && view.IsCapitalized(k))
        {
            end = view.SentenceEnd[sentence + 1]; // "“Stop!” Jo shouted.": the sentence splitter broke after the mark
        }

        if (k >= end || view.QuoteOf[k] >= 0)
        {
            return null;
        }

        // "“…,” read a banner across the road"
        if ((view.Is(k, "read") || view.Is(k, "reads")) && Inscription(k + 1, end) is { } inscription)
        {
            return new Attribution(inscription, k, k, Adjacent: true);
        }

        // "“…,” according to X"
        if (view.Is(k, "according") && IsCue(k, out int toLast))
        {
            SpeakerRef? source = LastNameBefore(toLast + 1, end);
            return source is null ? null : new Attribution(source, k, toLast, Adjacent: true);
        }

        // "“…,” said X"
        if (IsCue(k, out int cueLast) && !view.Tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
        {
            SpeakerRef? inverted = NounPhraseFrom(cueLast + 1, end);
            return inverted is null ? null : new Attribution(inverted, k, cueLast, Adjacent: true);
        }

        if (!StartsNounPhrase(k))
        {
            return null;
        }

        for (int c = k; c < end && c < k + MaxAfterTokens; c++)
        {
            if (view.QuoteOf[c] >= 0 || view.Tokens[c].Text is ";" or "?" or "!" || (view.Tokens[c].Text == "." && !(c > k && QuoteLexicon.IsTitle(view.Tokens[c - 1].Text))))
            {
                return null; // a full stop ends the search, not the one of a title ("Lt. Jan Roe")
            }

            if (!IsCue(c, out int last) || c == k)
            {
                continue;
            }

            int tail = SkipModifiersBack(c - 1, k);
            if (tail < k)
            {
                return null;
            }

            SpeakerRef? speaker = PickFromSegments(k, tail);
            return speaker is null ? null : new Attribution(speaker, c, last, Adjacent: true);
        }

        return null;
    }

    private Attribution? Before(int open)
    {
        int sentence = view.SentenceOf[open];
        int first = view.SentenceFirst[sentence];
        int nearest = -1, nearestLast = -1;
        for (int i = open - 1; i >= first; i--)
        {
            if (view.QuoteOf[i] >= 0 || !IsCue(i, out int cueLast))
            {
                continue;
            }

            if (nearest < 0)
            {
                nearest = i;
                nearestLast = cueLast;
            }

            SpeakerRef? speaker = SpeakerOfCue(i, cueLast, first, open);
            if (speaker is not null)
            {
                return new Attribution(speaker, i, cueLast, IsAdjacent(cueLast, open));
            }
        }

        if (nearest >= 0)
        {
            SpeakerRef? subject = SubjectOf(first, nearest);
            return new Attribution(subject, nearest, nearestLast, IsAdjacent(nearestLast, open));
        }

        if (open > first && view.Tokens[open - 1].Text == ":")
        {
            return InterviewSpeaker(first, open - 1) ?? PossessorOfSpeechNoun(first, open - 1) ?? SubjectOfSpeechNoun(first, open - 1);
        }

        return null;
    }

    private SpeakerRef? SpeakerOfCue(int cue, int cueLast, int first, int limit)
    {
        if (view.Is(cue, "according"))
        {
            return LastNameBefore(cueLast + 1, limit);
        }

        bool participle = view.Tokens[cue].Text.EndsWith("ing", StringComparison.Ordinal);
        SpeakerRef? speaker = WalkBack(cue - 1, first, participle);
        if (speaker is null && cueLast + 2 < limit && (view.Is(cueLast + 1, "in") || view.Is(cueLast + 1, "by")))
        {
            speaker = NounPhraseFrom(cueLast + 2, limit); // "reported in the Daily Ledger"
        }

        return speaker;
    }

    /// <summary>"X, the head of Y, also said" / "Ana Ruiz, head of the agency, wrote" / "with X, adviser to Y, writing".</summary>
    private SpeakerRef? WalkBack(int j, int first, bool participle)
    {
        j = SkipModifiersBack(j, first);
        if (j < first || view.QuoteOf[j] >= 0)
        {
            return null;
        }

        if (view.Tokens[j].Text == ",")
        {
            // Walk back over appositives, participial phrases and places set off by commas to the subject.
            int comma = j;
            for (int hop = 0; hop < 4; hop++)
            {
                (int ss, int se) = Segment(comma - 1, first);
                if (se < ss)
                {
                    return null;
                }

                SpeakerRef? pure = PureName(ss, se);
                if (pure is { } name && !IsPlace(name))
                {
                    return name;
                }

                bool modifier = pure is not null || OpensModifier(ss);
                if (!modifier && hop > 0 && Checked(NounPhraseEndingAt(se, ss), ss, participle) is { } np)
                {
                    return IsPlace(np) ? null : np;
                }

                if (!modifier && !IsAppositive(ss))
                {
                    return null;
                }

                if (ss - 1 < first || view.Tokens[ss - 1].Text != ",")
                {
                    return null;
                }

                comma = ss - 1;
            }

            return null;
        }

        (int s, _) = Segment(j, first);
        return Checked(NounPhraseEndingAt(j, s), s, participle);
    }

    private SpeakerRef? Checked(SpeakerRef? speaker, int segmentStart, bool participle)
    {
        if (speaker is not { } sp)
        {
            return null;
        }

        int before = sp.First - 1;
        if (participle)
        {
            for (int i = segmentStart; i < sp.First; i++)
            {
                string w = view.Lower(i);
                if (!(w is "with" or "and" or "while" or "but" || QuoteLexicon.Determiners.Contains(w) || QuoteLexicon.FunctionWords.Contains(w)))
                {
                    return null;
                }
            }

            return sp;
        }

        while (before > segmentStart && view.Is(before, "the"))
        {
            before--;
        }

        if (before >= 0 && view.Lower(before) is "from" or "by" && before - 1 >= segmentStart
            && (QuoteLexicon.SpeechNouns.Contains(view.Tokens[before - 1].Text) || QuoteLexicon.SourceNouns.Contains(view.Tokens[before - 1].Text)))
        {
            return sp; // "a statement from the Ministry of Works said": the body that issued it
        }

        return before >= 0 && QuoteLexicon.Prepositions.Contains(view.Tokens[before].Text) ? RoleBeforePreposition(before, segmentStart, sp.Last) : sp;
    }

    /// <summary>"a spokesman for Jo Reyes said", "an official at the ministry said": the role noun before the preposition is the subject.</summary>
    private SpeakerRef? RoleBeforePreposition(int preposition, int segmentStart, int last)
    {
        int head = preposition - 1;
        if (head < segmentStart || !view.IsWord(head) || view.IsCapitalized(head) || !QuoteLexicon.RoleNouns.Contains(view.Tokens[head].Text))
        {
            return null;
        }

        int start = head;
        for (int i = head - 1; i >= segmentStart && i >= head - 4 && view.QuoteOf[i] < 0 && view.IsWord(i); i--)
        {
            if (QuoteLexicon.Determiners.Contains(view.Tokens[i].Text) || view.Is(i, "one"))
            {
                start = i;
                break;
            }
        }

        return new SpeakerRef(start, last, SpeakerForm.Unnamed, -1);
    }

    /// <summary>Picks the speaker from "NP[, appositive][, NP]" between a quote and its verb.</summary>
    private SpeakerRef? PickFromSegments(int start, int end)
    {
        int s = start;
        SpeakerRef? firstSegment = null;
        while (s <= end)
        {
            int e = s;
            while (e <= end && view.Tokens[e].Text != ",")
            {
                e++;
            }

            if (e - 1 >= s)
            {
                if (PureName(s, e - 1) is { } pure)
                {
                    return pure;
                }

                if (s == start)
                {
                    firstSegment = NounPhraseEndingAt(e - 1, s) ?? DescriptionPhrase(s, e - 1);
                    if (firstSegment is null && !IsAppositive(s) && !view.IsCapitalized(s))
                    {
                        return null;
                    }
                }
            }

            s = e + 1;
        }

        return firstSegment;
    }

    /// <summary>
    /// "“…,” one of the pupils explained", "“…,” a farm worker at the scene told the agency": between a quote and its
    /// speech verb the noun phrase is the subject whatever its head noun; it is the speaker as written (a definite one,
    /// "the teenager", is a description to link).
    /// </summary>
    private SpeakerRef? DescriptionPhrase(int s, int e)
    {
        int d = s;
        bool partitive = false;
        if (view.Lower(s) is "one" or "some" or "many" or "several" or "two" or "three" or "both" or "each" or "most" && view.Is(s + 1, "of"))
        {
            d = s + 2;
            partitive = true;
        }

        if (d > e || e - s > 9 || !QuoteLexicon.Determiners.Contains(view.Tokens[d].Text))
        {
            return null;
        }

        int head = -1;
        for (int i = d + 1; i <= e; i++)
        {
            if (!view.IsWord(i) && view.Tokens[i].Text is not "-")
            {
                return null;
            }

            string t = view.Lower(i);
            if (QuoteLexicon.Prepositions.Contains(t) || t is "who" or "that" or "which")
            {
                break;
            }

            if (QuoteLexicon.SpeechVerbs.Contains(t) || QuoteLexicon.Pronouns.Contains(t))
            {
                return null;
            }

            head = i;
        }

        if (head < 0 || view.IsCapitalized(head) || !view.IsWord(head))
        {
            return null;
        }

        bool definite = !partitive && view.Lower(d) is "the" or "this" or "that";
        return definite ? new SpeakerRef(s, head, SpeakerForm.Nominal, -1) : new SpeakerRef(s, e, SpeakerForm.Unnamed, -1);
    }

    private SpeakerRef? PureName(int s, int e)
    {
        while (s <= e && (view.Is(s, "with") || view.Is(s, "and") || view.Is(s, "while")))
        {
            s++;
        }

        if (s > e || view.PhraseOf[e] < 0)
        {
            return null;
        }

        int p = view.PhraseOf[e];
        NamePhrase phrase = view.Phrases[p];
        if (phrase.Last != e)
        {
            return null;
        }

        // function words, titles ("Lt. Jan Roe"), an age ("26-year-old Jan Roe") and a body with a role noun ("Acme spokesman
        // Jan Roe", "Acme spokesman Army Col. Jan Roe") may stand before the name: the named person is the head
        bool role = false, body = false;
        for (int i = s; i < phrase.First; i++)
        {
            string t = view.Tokens[i].Text;
            if (QuoteLexicon.RoleNouns.Contains(t) && !view.IsCapitalized(i))
            {
                role = true;
            }
            else if (view.IsCapitalized(i) && !QuoteLexicon.FunctionWords.Contains(t) && !QuoteLexicon.IsTitle(t))
            {
                body = true;
            }
            else if (!QuoteLexicon.FunctionWords.Contains(t) && !QuoteLexicon.IsTitle(t) && t is not ("." or "-" or "year" or "old" or "year-old")
                && view.Tokens[i].Kind != TokenKind.Number && !AgeWord().IsMatch(t))
            {
                return null;
            }
        }

        if (body && !role)
        {
            return null;
        }

        return new SpeakerRef(phrase.First, phrase.Last, SpeakerForm.Name, p);
    }

    private bool IsAppositive(int s)
    {
        string w = view.Lower(s);
        if (QuoteLexicon.Determiners.Contains(w) || QuoteLexicon.RoleNouns.Contains(w) || QuoteLexicon.IsTitle(w))
        {
            return true;
        }

        // "the country’s intelligence chief"
        return view.PhraseOf[s] >= 0 && view.Phrases[view.PhraseOf[s]] is { Possessive: true } ph && ph.Last + 1 < view.Tokens.Length && !view.IsCapitalized(ph.Last + 1);
    }

    private bool StartsNounPhrase(int k)
    {
        string w = view.Lower(k);
        if (view.IsCapitalized(k) || QuoteLexicon.Pronouns.Contains(w) || QuoteLexicon.Determiners.Contains(w) || w == "one" || QuoteLexicon.IsTitle(w) || QuoteLexicon.RoleNouns.Contains(w)
            || AgeWord().IsMatch(w) || (view.Tokens[k].Kind == TokenKind.Number && k + 1 < view.Tokens.Length && view.Tokens[k + 1].Text.StartsWith('-')))
        {
            return true;
        }

        // "engineer Priya Natarajan said": a lower-case role word or two right before a name.
        for (int i = k; i < k + 3 && i < view.Tokens.Length && view.IsWord(i) && view.QuoteOf[i] < 0; i++)
        {
            if (view.PhraseOf[i] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private SpeakerRef? NounPhraseEndingAt(int j, int segmentStart)
    {
        if (j < 0 || !view.IsWord(j))
        {
            return null;
        }

        string w = view.Lower(j);
        if (QuoteLexicon.Pronouns.Contains(w))
        {
            return new SpeakerRef(j, j, SpeakerForm.Pronoun, -1);
        }

        if (view.PhraseOf[j] >= 0 && view.Phrases[view.PhraseOf[j]].Last == j)
        {
            NamePhrase phrase = view.Phrases[view.PhraseOf[j]];
            return new SpeakerRef(phrase.First, phrase.Last, SpeakerForm.Name, view.PhraseOf[j]);
        }

        if (!QuoteLexicon.RoleNouns.Contains(w) && !view.IsCapitalized(j) && j - 1 >= segmentStart && view.PhraseOf[j - 1] >= 0
            && view.Phrases[view.PhraseOf[j - 1]] is { IsOrganization: true, Possessive: false } body && body.Last == j - 1)
        {
            return new SpeakerRef(body.First, j, SpeakerForm.Unnamed, -1); // "the Department of Transport office said": the body as written
        }

        if (QuoteLexicon.RoleNouns.Contains(w) && !view.IsCapitalized(j))
        {
            for (int i = j - 1; i >= segmentStart && i >= j - 6; i--)
            {
                string d = view.Lower(i);
                if (QuoteLexicon.PossessivePronouns.Contains(d))
                {
                    return new SpeakerRef(i, j, SpeakerForm.Nominal, -1); // "his father said"
                }

                int possessor = view.Tokens[i].Text is "’" or "'" ? i - 1 : i;
                if (possessor >= segmentStart && view.PhraseOf[possessor] >= 0 && view.Phrases[view.PhraseOf[possessor]] is { Possessive: true } owner && owner.Last == possessor)
                {
                    return new SpeakerRef(owner.First, j, SpeakerForm.Nominal, -1); // "Jo Reyes's publicist said"
                }

                if (d is "the" or "this" or "that")
                {
                    return new SpeakerRef(i, j, SpeakerForm.Nominal, -1);
                }

                if (d is "a" or "an" or "one")
                {
                    return new SpeakerRef(i, j, SpeakerForm.Unnamed, -1);
                }

                if (!view.IsWord(i) || view.IsCapitalized(i) && view.PhraseOf[i] < 0)
                {
                    break;
                }
            }

            return new SpeakerRef(j, j, SpeakerForm.Unnamed, -1);
        }

        return null;
    }

    private SpeakerRef? NounPhraseFrom(int k, int limit)
    {
        int start = k;
        while (k < limit && (QuoteLexicon.Determiners.Contains(view.Tokens[k].Text) || view.Is(k, "one")))
        {
            k++;
        }

        if (k >= limit || view.QuoteOf[k] >= 0)
        {
            return null;
        }

        if (view.PhraseOf[k] >= 0)
        {
            NamePhrase phrase = view.Phrases[view.PhraseOf[k]];
            int role = phrase.Last + 1;
            if (role < limit && view.IsWord(role) && !view.IsCapitalized(role) && QuoteLexicon.RoleNouns.Contains(view.Tokens[role].Text))
            {
                // "said one Lakeside Dairy employee" / "said Pentagon spokesman Ana Ruiz"
                if (role + 1 < limit && view.PhraseOf[role + 1] >= 0 && view.Phrases[view.PhraseOf[role + 1]] is { } named && named.First == role + 1)
                {
                    return new SpeakerRef(named.First, named.Last, SpeakerForm.Name, view.PhraseOf[role + 1]);
                }

                return new SpeakerRef(start, role, view.Is(k - 1, "the") ? SpeakerForm.Nominal : SpeakerForm.Unnamed, -1);
            }

            return new SpeakerRef(phrase.First, phrase.Last, SpeakerForm.Name, view.PhraseOf[k]);
        }

        if (QuoteLexicon.Pronouns.Contains(view.Tokens[k].Text))
        {
            return new SpeakerRef(k, k, SpeakerForm.Pronoun, -1);
        }

        for (int i = k; i < limit && i < k + 6 && (view.IsWord(i) || view.Tokens[i].Text == "-"); i++)
        {
            if (QuoteLexicon.RoleNouns.Contains(view.Tokens[i].Text))
            {
                SpeakerForm form = k > 0 && view.Is(k - 1, "the") ? SpeakerForm.Nominal : SpeakerForm.Unnamed;
                return new SpeakerRef(start < k ? start : k, i, form, -1);
            }

            if (i > k && view.IsWord(i) && !view.IsCapitalized(i) && (QuoteLexicon.FunctionWords.Contains(view.Tokens[i].Text) || QuoteLexicon.SpeechVerbs.Contains(view.Tokens[i].Text)))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>"a huge banner", "the sign": a determiner, a few words and a noun for something written.</summary>
    private SpeakerRef? Inscription(int k, int limit)
    {
        if (k >= limit || !QuoteLexicon.Determiners.Contains(view.Tokens[k].Text))
        {
            return null;
        }

        for (int i = k + 1; i < limit && i <= k + 4 && view.IsWord(i); i++)
        {
            if (QuoteLexicon.InscriptionNouns.Contains(view.Tokens[i].Text))
            {
                return new SpeakerRef(k, i, SpeakerForm.Unnamed, -1);
            }
        }

        return null;
    }

    /// <summary>"According to an account in the Daily Ledger," → the last name before the comma or quote.</summary>
    private SpeakerRef? LastNameBefore(int k, int limit)
    {
        SpeakerRef? found = null;
        for (int i = k; i < limit && view.QuoteOf[i] < 0; i++)
        {
            if (view.Tokens[i].Text is "," or ":" or ";")
            {
                break;
            }

            if (view.PhraseOf[i] >= 0 && view.Phrases[view.PhraseOf[i]].First == i)
            {
                NamePhrase phrase = view.Phrases[view.PhraseOf[i]];
                found = new SpeakerRef(phrase.First, phrase.Last, SpeakerForm.Name, view.PhraseOf[i]);
                i = phrase.Last;
            }
        }

        return found ?? NounPhraseFrom(k, limit);
    }

    /// <summary>The subject of a sentence: its first name or pronoun that is not the object of a preposition.</summary>
    public SpeakerRef? SubjectOf(int first, int limit)
    {
        if (CommonSubject(first, limit) is { } common)
        {
            return common.Form == SpeakerForm.Name && common.Phrase < 0 ? null : common;
        }

        for (int i = first; i < limit; i++)
        {
            if (view.QuoteOf[i] >= 0)
            {
                continue;
            }

            bool afterPreposition = i > first && QuoteLexicon.Prepositions.Contains(view.Tokens[i - 1].Text);
            if (QuoteLexicon.PersonPronouns.Contains(view.Tokens[i].Text) && !afterPreposition)
            {
                return new SpeakerRef(i, i, SpeakerForm.Pronoun, -1);
            }

            if (view.PhraseOf[i] >= 0 && view.Phrases[view.PhraseOf[i]] is { } phrase && phrase.First == i)
            {
                int before = i - 1;
                while (before > first && view.Is(before, "the"))
                {
                    before--;
                }

                bool objectOf = before >= first && before < i && QuoteLexicon.Prepositions.Contains(view.Tokens[before].Text);
                if (!objectOf && !phrase.Possessive && !IsPlace(phrase))
                {
                    return new SpeakerRef(phrase.First, phrase.Last, SpeakerForm.Name, view.PhraseOf[i]);
                }

                i = phrase.Last;
            }
        }

        return null;
    }

    /// <summary>
    /// "The statement identified …", "An employee of the farm said …": a sentence whose subject is a common noun phrase.
    /// Gives its role noun as an unnamed speaker, or a <see cref="SpeakerForm.Name"/> marker when the subject names no speaker.
    /// </summary>
    private SpeakerRef? CommonSubject(int first, int limit)
    {
        int i = first;
        while (i < limit && view.IsWord(i) && view.Lower(i) is "but" or "and" or "so" or "yet")
        {
            i++;
        }

        if (i + 1 >= limit || view.QuoteOf[i] >= 0 || view.Lower(i) is not ("the" or "a" or "an" or "this" or "one") || !view.IsWord(i + 1) || view.IsCapitalized(i + 1))
        {
            return null;
        }

        for (int k = i + 1; k < limit && k <= i + 4 && view.IsWord(k) && !view.IsCapitalized(k); k++)
        {
            string w = view.Tokens[k].Text;
            if (QuoteLexicon.SpeechNouns.Contains(w) || QuoteLexicon.SourceNouns.Contains(w))
            {
                // "The report on the Daily Ledger said": the outlet named right after the head, else no speaker.
                int n = k + 1 < limit && QuoteLexicon.Prepositions.Contains(view.Tokens[k + 1].Text) ? k + 2 : -1;
                while (n >= 0 && n < limit && view.Is(n, "the"))
                {
                    n++;
                }

                if (n >= 0 && n < limit && view.PhraseOf[n] >= 0 && view.Phrases[view.PhraseOf[n]].First == n)
                {
                    return new SpeakerRef(view.Phrases[view.PhraseOf[n]].First, view.Phrases[view.PhraseOf[n]].Last, SpeakerForm.Name, view.PhraseOf[n]);
                }

                // "The statement said …": the one the text mentioned before, described
                return view.Lower(i) is "the" or "this" && k == i + 1 ? new SpeakerRef(i, k, SpeakerForm.Nominal, -1) : new SpeakerRef(i, i, SpeakerForm.Name, -1);
            }

            if (QuoteLexicon.RoleNouns.Contains(w))
            {
                return new SpeakerRef(i, k, view.Lower(i) is "the" or "this" ? SpeakerForm.Nominal : SpeakerForm.Unnamed, -1);
            }

            if (QuoteLexicon.FunctionWords.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }
        }

        return new SpeakerRef(i, i, SpeakerForm.Name, -1);
    }

    /// <summary>Interview form: a paragraph or answer opening with "Name: “…”".</summary>
    private Attribution? InterviewSpeaker(int first, int colon)
    {
        int p = view.PhraseOf[colon - 1];
        if (p < 0 || view.Phrases[p] is not { Last: var last, Possessive: false } phrase || last != colon - 1 || phrase.Words.Length > 4)
        {
            return null;
        }

        int before = phrase.First - 1;
        bool opens = before < first || view.Tokens[before].Text is "?" or "." or "!" or "”" or "\"";
        if (!opens || IsPlace(phrase) || !Resolver.IsPersonLike(phrase) && view.EntityAt(phrase.Span)?.Type != Model.EntityType.Organization)
        {
            return null;
        }

        return new Attribution(new SpeakerRef(phrase.First, phrase.Last, SpeakerForm.Name, p), colon, colon, Adjacent: true);
    }

    /// <summary>A name phrase naming a place (the entity extractor's type, else the country gazetteer).</summary>
    public bool IsPlace(NamePhrase phrase)
    {
        if (view.EntityAt(view.Tokens[phrase.Last].Span) is { } entity)
        {
            return entity.Type == Model.EntityType.Place;
        }

        return !phrase.IsOrganization && Entities.CountryGazetteer.Instance.FindPlace(phrase.Name) is not null;
    }

    private bool IsPlace(SpeakerRef speaker) => speaker.Form == SpeakerForm.Name && IsPlace(view.Phrases[speaker.Phrase]);

    /// <summary>"speaking after …", "who …", "in Leeds", "based in …": a segment that modifies the subject before it.</summary>
    private bool OpensModifier(int s)
    {
        if (!view.IsWord(s) || view.IsCapitalized(s))
        {
            return false;
        }

        string w = view.Lower(s);
        return w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) || w is "who" or "which" or "whose" or "now" or "once"
            || QuoteLexicon.Prepositions.Contains(w);
    }

    /// <summary>"His first words to the president were: “…”" → the possessor.</summary>
    private Attribution? PossessorOfSpeechNoun(int first, int colon)
    {
        for (int i = first; i < colon; i++)
        {
            if (!QuoteLexicon.SpeechNouns.Contains(view.Tokens[i].Text))
            {
                continue;
            }

            for (int k = i - 1; k >= first && k >= i - 3; k--)
            {
                if (QuoteLexicon.PossessivePronouns.Contains(view.Tokens[k].Text) && view.Lower(k) is "his" or "her")
                {
                    return new Attribution(new SpeakerRef(k, k, SpeakerForm.Pronoun, -1), i, i, Adjacent: true);
                }

                if (view.PhraseOf[k] >= 0 && view.Phrases[view.PhraseOf[k]] is { Possessive: true } ph)
                {
                    return new Attribution(new SpeakerRef(ph.First, ph.Last, SpeakerForm.Name, view.PhraseOf[k]), i, i, Adjacent: true);
                }
            }
        }

        return null;
    }

    /// <summary>"She ends with the plea: “…”", "The ministry issued a warning: “…”": the clause's subject says what the noun before the colon names.</summary>
    private Attribution? SubjectOfSpeechNoun(int first, int colon)
    {
        int noun = colon - 1;
        if (noun <= first || !view.IsWord(noun) || !QuoteLexicon.SpeechNouns.Contains(view.Tokens[noun].Text) || view.QuoteOf[noun] >= 0)
        {
            return null;
        }

        SpeakerRef? subject = SubjectOf(first, noun);
        return subject is null ? null : new Attribution(subject, noun, noun, Adjacent: true);
    }

    private int SkipModifiersBack(int j, int first)
    {
        while (j >= first && view.QuoteOf[j] < 0 && view.IsWord(j) && !view.IsCapitalized(j))
        {
            string w = view.Lower(j);
            if (!QuoteLexicon.VerbModifiers.Contains(w) && !(w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4 && !QuoteLexicon.RoleNouns.Contains(w)))
            {
                break;
            }

            j--;
        }

        return j;
    }

    private (int Start, int End) Segment(int end, int first)
    {
        int s = end;
        while (s >= first && view.QuoteOf[s] < 0 && view.Tokens[s].Text is not ("," or ";" or ":" or "—" or "–" or "(" or ")"))
        {
            s--;
        }

        return (s + 1, end);
    }

    private bool IsAdjacent(int cueLast, int open)
    {
        int words = 0;
        for (int i = cueLast + 1; i < open; i++)
        {
            if (view.QuoteOf[i] >= 0 || view.Tokens[i].Text is "." or ";")
            {
                return false;
            }

            if (view.IsWord(i))
            {
                words++;
            }
        }

        return words <= 3;
    }

    public bool IsCue(int i, out int last)
    {
        last = i;
        if (!view.IsWord(i))
        {
            return false;
        }

        string w = view.Lower(i);
        if (w == "according")
        {
            last = i + 1;
            return view.Is(i + 1, "to");
        }

        if (w is "offered" or "offers")
        {
            return view.Is(i + 1, "that"); // "she offered that …", not "offered a reward"
        }

        if (w == "put")
        {
            last = i + 1;
            return view.Is(i + 1, "it");
        }

        if (!(QuoteLexicon.SpeechVerbs.Contains(w) || QuoteLexicon.DirectiveVerbs.Contains(w)) || view.IsCapitalized(i) && i > 0 && view.SentenceOf[i - 1] == view.SentenceOf[i])
        {
            return false;
        }

        if (AfterPossessor(i))
        {
            return false; // "Voss's claim", "Reyes' appeal": a noun, not a verb
        }

        if (i > 0 && QuoteLexicon.Determiners.Contains(view.Tokens[i - 1].Text) && view.SentenceOf[i - 1] == view.SentenceOf[i])
        {
            return false; // "the warning", "his statement"
        }

        if (view.Is(i + 1, "out") || view.Is(i + 1, "up"))
        {
            last = i + 1;
        }

        return true;
    }

    /// <summary>The token right before <paramref name="i"/> is a possessive name ("Jo Reyes's", "Reyes’").</summary>
    private bool AfterPossessor(int i)
    {
        int j = i - 1;
        if (j >= 0 && view.Tokens[j].Text is "’" or "'")
        {
            j--;
        }

        return j >= 0 && view.SentenceOf[j] == view.SentenceOf[i] && view.PhraseOf[j] >= 0 && view.Phrases[view.PhraseOf[j]] is { Possessive: true } p && p.Last == j;
    }

    [GeneratedRegex(@"^\d+-years?-old$")]
    private static partial Regex AgeWord();
}
