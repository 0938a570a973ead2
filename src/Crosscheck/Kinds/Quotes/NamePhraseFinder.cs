using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// Finds capitalized name phrases outside quotes, sentence by sentence. Joins "of/in/for/on" only after an
/// organization or title word ("Embassy in Lisbon", "Secretary of State"), keeps initials and
/// abbreviated titles ("John F. Kennedy", "Gen. Ana Ruiz"), and drops words capitalized only
/// because they open the sentence.
/// </summary>
internal static class NamePhraseFinder
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "in", "for", "on", "the" };

    public static List<NamePhrase> Find(DocumentView view)
    {
        var phrases = new List<NamePhrase>();
        for (int s = 0; s < view.SentenceFirst.Length; s++)
        {
            int i = view.SentenceFirst[s];
            int end = view.SentenceEnd[s];
            if (IsHeadline(view, i, end))
            {
                continue;
            }

            while (i < end)
            {
                if (view.QuoteOf[i] >= 0 || !view.IsCapitalized(i))
                {
                    i++;
                    continue;
                }

                int first = i;
                int last = i;
                int j = i + 1;
                while (j < end && view.QuoteOf[j] < 0)
                {
                    if (view.IsCapitalized(j))
                    {
                        last = j;
                        j++;
                    }
                    else if (view.Tokens[j].Text == "." && DocumentView.IsAbbreviation(view.Tokens[j - 1].Text) && j + 1 < end && view.IsCapitalized(j + 1))
                    {
                        j++;
                    }
                    else if (Connectors.Contains(view.Tokens[j].Text) && AllowsConnector(view, j, end))
                    {
                        j++;
                    }
                    else
                    {
                        break;
                    }

                    if (view.Tokens[last].Text.EndsWith("’s", StringComparison.Ordinal) || view.Tokens[last].Text.EndsWith("'s", StringComparison.Ordinal))
                    {
                        if (!view.IsCapitalized(j))
                        {
                            break;
                        }
                    }
                }

                NamePhrase? phrase = Build(view, first, last);
                if (phrase is not null)
                {
                    phrases.Add(phrase);
                }

                i = last + 1;
            }
        }

        return phrases;
    }

    /// <summary>A title-case line ("Why the City Has Every Reason to Worry …"): its capitals do not mark names.</summary>
    private static bool IsHeadline(DocumentView view, int first, int end)
    {
        if (end <= first || view.Tokens[end - 1].Text is "." or "?" or "!" or ":" or "”" or "\"" or "’" or ")" or "…")
        {
            return false;
        }

        int words = 0, capitalized = 0;
        for (int i = first; i < end; i++)
        {
            if (view.IsWord(i) && view.Tokens[i].Text.Length > 3)
            {
                words++;
                if (view.IsCapitalized(i))
                {
                    capitalized++;
                }
            }
        }

        return words >= 3 && capitalized * 10 >= words * 6;
    }

    private static bool AllowsConnector(DocumentView view, int j, int end)
    {
        string previous = view.Tokens[j - 1].Text;
        if (view.Tokens[j].Text == "the")
        {
            return view.Is(j - 1, "of") && j + 1 < end && view.IsCapitalized(j + 1);
        }

        bool headBefore = QuoteLexicon.OrganizationWords.Contains(previous) || QuoteLexicon.IsTitle(previous);
        return headBefore && j + 1 < end && view.QuoteOf[j + 1] < 0 && (view.IsCapitalized(j + 1) || (view.Is(j + 1, "the") && view.IsCapitalized(j + 2)));
    }

    private static NamePhrase? Build(DocumentView view, int first, int last)
    {
        // Leading words capitalized only as sentence openers ("As", "But", "On"), and dates.
        while (first <= last && (QuoteLexicon.FunctionWords.Contains(view.Tokens[first].Text) || QuoteLexicon.Months.Contains(view.Tokens[first].Text)))
        {
            first++;
        }

        // "Nearly …", "Reportedly …": a sentence-opening adverb alone is not a name.
        if (first == last && first == view.SentenceFirst[view.SentenceOf[first]] && view.Tokens[first].Text.Length > 5
            && view.Tokens[first].Text.EndsWith("ly", StringComparison.Ordinal))
        {
            return null;
        }

        while (last >= first && !view.IsCapitalized(last))
        {
            last--;
        }

        if (first > last)
        {
            return null;
        }

        var words = new List<string>();
        for (int k = first; k <= last; k++)
        {
            string t = view.Tokens[k].Text;
            if (t == "." && words.Count > 0)
            {
                words[^1] += ".";
            }
            else
            {
                words.Add(t);
            }
        }

        if (words.All(w => QuoteLexicon.Months.Contains(w)))
        {
            return null;
        }

        bool possessive = false;
        string lastWord = words[^1];
        if (lastWord.EndsWith("’s", StringComparison.Ordinal) || lastWord.EndsWith("'s", StringComparison.Ordinal))
        {
            words[^1] = lastWord[..^2];
            possessive = true;
        }
        else if (last + 1 < view.Tokens.Length && view.Tokens[last + 1].Text is "’" or "'" && lastWord.EndsWith('s'))
        {
            possessive = true;
        }

        // "Washington Post’s Liz Sly": a person named after the possessive of an outlet or country.
        int inner = words.Count < 3 ? -1 : words.FindLastIndex(words.Count - 2, w => w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal));
        if (inner >= 0 && words.Count - inner - 1 >= 2 && !words.Skip(inner + 1).Any(w => QuoteLexicon.OrganizationWords.Contains(w.TrimEnd('.'))))
        {
            words = words.GetRange(inner + 1, words.Count - inner - 1);
        }

        bool titled = false;
        int title = -1;
        for (int k = 0; k < words.Count - 1; k++)
        {
            if (QuoteLexicon.IsTitle(words[k]))
            {
                title = k;
            }
        }

        if (title >= 0)
        {
            titled = true;
            words = words.GetRange(title + 1, words.Count - title - 1);
            if (words.Count > 0 && words[0] == "of")
            {
                words.RemoveAt(0);
                while (words.Count > 2 || (words.Count > 0 && words[0] == "the"))
                {
                    words.RemoveAt(0);
                }
            }
        }

        bool organization = words.Any(w => QuoteLexicon.OrganizationWords.Contains(w.TrimEnd('.')))
            || (words.Count == 1 && IsAcronym(words[0]));
        if (organization && titled && words.Count > 0)
        {
            titled = false; // "General Assembly": the "title" was part of the organization's name
        }

        if (words.Count == 0)
        {
            return null;
        }

        var span = new TextSpan(view.Tokens[first].Span.Start, view.Tokens[last].Span.End);
        return new NamePhrase(first, last, span, string.Join(' ', words), possessive, titled, organization);
    }

    public static bool IsAcronym(string word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters is >= 2 and <= 5;
    }
}
