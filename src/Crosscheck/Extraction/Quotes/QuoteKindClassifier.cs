using Crosscheck.Model;

namespace Crosscheck.Extraction.Quotes;

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

    public QuoteKind Classify(QuotedSpan quoted, int open, int close, Attribution? own, bool hasSpeaker)
    {
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
        if (IsSoCalled(open) || (words <= ShortWords && IsNaming(open)))
        {
            return QuoteKind.Scare;
        }

        if (words <= ShortWords)
        {
            if (char.IsLetterOrDigit(inner[^1]) && IsModifier(close))
            {
                return QuoteKind.Scare;
            }

            bool attributed = own is { Adjacent: true } && (hasSpeaker || (sentenceLike && own.CueFirst > close));
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
        return sentenceLike && (introduced || opensSentence || StartsUpper(inner))
            ? QuoteKind.Direct
            : QuoteKind.Partial;
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

    private bool IsNaming(int open)
    {
        int p = open - 1;
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
