using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// Tells statements from quoted terms. A short span (up to three words) is a scare quote unless a speech cue
/// stands right by it ("spoke of the “…”", "“…,” X said"); "so-called “…”", "calling them “…”" and a quoted
/// modifier ("a “friendly” warning") are always scare quotes. Longer spans are statements: direct when
/// they read as a sentence, partial when they are a fragment of the author's sentence.
/// </summary>
internal sealed class QuoteKindClassifier(DocumentView view)
{
    private const int ShortWords = 3;
    private const int UnattributedFragmentWords = 6;

    private static readonly HashSet<string> NamingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "called", "calling", "calls", "dubbed", "dubbing", "labeled", "labelled", "labeling", "branded", "branding", "nicknamed",
    };

    private static readonly HashSet<string> PersonObjects = new(StringComparer.OrdinalIgnoreCase) { "them", "him", "her", "us", "me", "you", "themselves" };

    /// <summary>Words before a quoted title: "the film “…”", "a song called “…”".</summary>
    private static readonly HashSet<string> TitleNouns = Lexicon.WordSet("Quotes/title-nouns.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Code or markup ("ad_client = “pub-…”"): not a quotation at all.</summary>
    public bool IsCode(QuotedSpan quoted)
    {
        int p = quoted.Outer.Start - 1;
        while (p >= 0 && view.Text[p] is ' ' or '\t')
        {
            p--;
        }

        if (p >= 0 && view.Text[p] == '=')
        {
            return true;
        }

        string inner = quoted.Inner.Slice(view.Text);
        return inner.Contains("();", StringComparison.Ordinal) || (inner.Contains('{') && inner.Contains('}') && inner.Contains(';'));
    }

    public QuoteKind Classify(int q, int open, int close, Attribution? own, bool hasSpeaker)
    {
        QuotedSpan quoted = view.Spans[q];
        string inner = quoted.Inner.Slice(view.Text);
        int words = 0;
        for (int i = open; i <= close; i++)
        {
            if (view.IsWord(i) || view.Tokens[i].Kind == TokenKind.Number)
            {
                words++;
            }
        }

        bool sentenceLike = StartsUpper(inner) || inner.EndsWith('.') || inner.EndsWith('?') || inner.EndsWith('!');
        if (IsSoCalled(open) || IsWhatCalls(open) || (words <= ShortWords && IsNaming(open)) || IsTitle(q, open, inner, words, own))
        {
            return QuoteKind.Scare;
        }

        bool ownSentence = hasSpeaker && open == view.SentenceFirst[view.SentenceOf[open]] && StartsUpper(inner)
            && inner.TrimEnd('’', '\'', '”', '"', ' ') is [.., '.' or '?' or '!'];
        if (words <= ShortWords && !ownSentence)
        {
            // "a “friendly” warning" is a term; "urged them to conduct an “open and fair” inquiry" gives the source's words
            if (char.IsLetterOrDigit(inner[^1]) && IsModifier(close) && !(words >= 2 && own?.CueFirst < open && Governs(own, open, close, hasSpeaker)))
            {
                return QuoteKind.Scare;
            }

            bool attributed = (own is { Adjacent: true } && (hasSpeaker || (sentenceLike && own.CueFirst > close))) || Governs(own, open, close, hasSpeaker);
            if (!attributed)
            {
                return QuoteKind.Scare;
            }
        }
        else if (!hasSpeaker && own?.Speaker is null && !sentenceLike && words <= UnattributedFragmentWords)
        {
            return QuoteKind.Scare;
        }

        bool introduced = open > 0 && view.Tokens[open - 1].Text is ":" or "," && view.SentenceOf[open - 1] == view.SentenceOf[open];
        bool opensSentence = open == view.SentenceFirst[view.SentenceOf[open]];
        bool sentenceEnd = inner.EndsWith('.') || inner.EndsWith('?') || inner.EndsWith('!');
        if (words <= ShortWords && !sentenceEnd && !opensSentence)
        {
            return QuoteKind.Partial; // "described him as a “national hero”, saying …"
        }

        return sentenceLike && (introduced || opensSentence || StartsUpper(inner))
            ? QuoteKind.Direct
            : QuoteKind.Partial;
    }

    /// <summary>
    /// "Lena Moss said the deal was “a major milestone”", "… “very costly” delays, the minister said": the fragment lies in
    /// the complement of a speech verb of the same sentence whose subject is known (not a passive "was described as").
    /// </summary>
    private bool Governs(Attribution? own, int open, int close, bool hasSpeaker)
    {
        if (own?.Speaker is null || !hasSpeaker)
        {
            return false;
        }

        if (own.CueFirst > close)
        {
            return true;
        }

        int before = own.CueFirst - 1;
        bool passive = before >= 0 && view.Lower(before) is "was" or "were" or "been" or "being" or "is" or "are" or "be";
        return !passive && open - own.CueLast <= 30;
    }

    /// <summary>
    /// A quoted title of a work: after "film", "book", "song", "titled" …; a Title Case name without a sentence's end;
    /// or one of a list of short capitalised quoted names ("“A” “B” and “C”"; not "“irresponsible” and “costly”").
    /// </summary>
    private bool IsTitle(int q, int open, string inner, int words, Attribution? own)
    {
        if (words >= 2 && open > 0 && view.Lower(open - 1) is "on" or "in" or "at" && IsTitleCase(inner))
        {
            return true; // "appearing on “Live at Nine with Jo Reyes,” she said, …": a title in Title Case after a preposition
        }

        if (own is { Adjacent: true } && own.CueFirst > open)
        {
            return false; // "“…,” she said": a statement
        }

        int sentence = view.SentenceOf[open];
        for (int p = open - 1, seen = 0; p >= view.SentenceFirst[sentence] && seen < 3; p--, seen++)
        {
            if (view.QuoteOf[p] >= 0)
            {
                break;
            }

            if (TitleNouns.Contains(view.Tokens[p].Text))
            {
                return !view.Is(p, "set") || view.Is(p + 1, "of");
            }
        }

        if (words <= 6 && StartsUpper(inner) && (ListNeighbour(q - 1, q) || ListNeighbour(q, q + 1)))
        {
            return true;
        }

        return words >= 2 && words <= 12 && ((!inner.EndsWith('?') && !inner.EndsWith('!')) || EveryWordCapitalized(inner)) && IsTitleCase(inner);
    }

    // Two quotes side by side with only a comma, "and" or "or" between them.
    private bool ListNeighbour(int a, int b)
    {
        if (a < 0 || b >= view.Spans.Count || view.Spans[a].Inner.Length > 60 || view.Spans[b].Inner.Length > 60)
        {
            return false;
        }

        string gap = view.Text[view.Spans[a].Outer.End..view.Spans[b].Outer.Start].Trim(' ', ',');
        return gap.Length == 0 || gap is "and" or "or" || (view.Text[view.Spans[a].Inner.End - 1] == ',' && gap.Length == 0);
    }

    private static bool IsTitleCase(string inner)
    {
        int content = 0;
        foreach (string raw in inner.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            string w = raw.Trim('.', ',', ':', '“', '”', '"', '‘', '’', '(', ')');
            if (w.Length <= 3 || !char.IsLetter(w[0]))
            {
                continue;
            }

            if (!char.IsUpper(w[0]))
            {
                if (QuoteLexicon.Prepositions.Contains(w) || QuoteLexicon.Determiners.Contains(w) || w is "and" or "or" or "nor" or "but")
                {
                    continue; // "On the Record with Jo Reyes": a title keeps its small words in lower case
                }

                return false;
            }

            content++;
        }

        return content >= 2;
    }

    /// <summary>"How Does A Farmer Spend $100?": every word capitalized, the small ones too: a title, even with a question mark.</summary>
    private static bool EveryWordCapitalized(string inner)
    {
        int words = 0;
        foreach (string raw in inner.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            string w = raw.Trim('.', ',', ':', '?', '!', '“', '”', '"', '‘', '’', '(', ')');
            if (w.Length == 0 || !char.IsLetter(w[0]))
            {
                continue;
            }

            if (!char.IsUpper(w[0]))
            {
                return false;
            }

            words++;
        }

        return words >= 4;
    }

    private static bool StartsUpper(string inner)
    {
        int i = inner.Length > 0 && inner[0] == '[' ? 1 : 0;
        return i < inner.Length && char.IsUpper(inner[i]);
    }

    private bool IsSoCalled(int open)
    {
        int p = open - 1;
        return p >= 0 && (view.Is(p, "so-called") || (view.Is(p, "called") && view.Is(p - 1, "so")));
    }

    /// <summary>"what the council calls “renewal”", "what critics have termed “…”": someone's term, not a statement.</summary>
    private bool IsWhatCalls(int open)
    {
        int p = open - 1;
        if (p < 0 || view.Lower(p) is not ("calls" or "call" or "called" or "terms" or "termed" or "dubs" or "dubbed" or "describes" or "described"))
        {
            return false;
        }

        int sentence = view.SentenceOf[open];
        for (int k = p - 1; k >= view.SentenceFirst[sentence] && k >= p - 5; k--)
        {
            if (view.Is(k, "what"))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNaming(int open)
    {
        int p = open - 1;
        if (view.Is(p, "named") || view.Is(p, "dubbed") || view.Is(p, "nicknamed")
            || (view.Is(p, "as") && (view.Is(p - 1, "known") || view.Is(p - 1, "identified") || view.Is(p - 2, "identified") || view.Is(p - 1, "named"))))
        {
            return true; // "a man identified only as “Kelly”"
        }

        return p >= 1 && PersonObjects.Contains(view.Tokens[p].Text) && NamingVerbs.Contains(view.Tokens[p - 1].Text);
    }

    // "a “friendly” warning": the quoted words modify the noun that follows.
    private bool IsModifier(int close)
    {
        int n = close + 1;
        if (n >= view.Tokens.Length || view.SentenceOf[n] != view.SentenceOf[close] || !view.IsWord(n) || view.IsCapitalized(n))
        {
            return false;
        }

        string w = view.Lower(n);
        return !QuoteLexicon.FunctionWords.Contains(w) && !QuoteLexicon.Prepositions.Contains(w)
            && w is not ("and" or "or" or "but" or "that" or "which" or "who" or "whom" or "whose" or "nor");
    }
}
