using Crosscheck.Annotation;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// One document as the quote extractor reads it: all tokens in one list, which quote each token lies in,
/// and the name phrases outside quotes. Built per call; never shared between documents.
/// </summary>
internal sealed class DocumentView
{
    public DocumentView(AnnotatedDocument document, IReadOnlyList<EntityMention> entities)
    {
        Document = document;
        Entities = entities;
        Spans = QuoteMarkScanner.Scan(document.Text);

        var tokens = new List<Token>();
        var sentenceOf = new List<int>();
        SentenceFirst = new int[document.Sentences.Count];
        SentenceEnd = new int[document.Sentences.Count];
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            SentenceFirst[s] = tokens.Count;
            foreach (Token t in document.Sentences[s].Tokens)
            {
                tokens.Add(t);
                sentenceOf.Add(s);
            }

            SentenceEnd[s] = tokens.Count;
        }

        Tokens = [.. tokens];
        SentenceOf = [.. sentenceOf];
        QuoteOf = new int[Tokens.Length];
        Array.Fill(QuoteOf, -1);
        int q = 0;
        for (int i = 0; i < Tokens.Length && q < Spans.Count; i++)
        {
            while (q < Spans.Count && Spans[q].Outer.End <= Tokens[i].Span.Start)
            {
                q++;
            }

            if (q < Spans.Count && Spans[q].Outer.Contains(Tokens[i].Span))
            {
                QuoteOf[i] = q;
            }
        }

        PhraseOf = new int[Tokens.Length];
        Array.Fill(PhraseOf, -1);
        Phrases = NamePhraseFinder.Find(this);
        for (int p = 0; p < Phrases.Count; p++)
        {
            for (int i = Phrases[p].First; i <= Phrases[p].Last; i++)
            {
                PhraseOf[i] = p;
            }
        }
    }

    public AnnotatedDocument Document { get; }

    public string Text => Document.Text;

    public IReadOnlyList<EntityMention> Entities { get; }

    public List<QuotedSpan> Spans { get; }

    public Token[] Tokens { get; }

    public int[] SentenceOf { get; }

    public int[] SentenceFirst { get; }

    public int[] SentenceEnd { get; }

    /// <summary>For each token, the index of the quoted span holding it (marks included), or -1.</summary>
    public int[] QuoteOf { get; }

    public int[] PhraseOf { get; }

    public List<NamePhrase> Phrases { get; private set; }

    public int ParagraphOfToken(int token) => Document.Sentences[SentenceOf[token]].Paragraph;

    public string Lower(int token) => Tokens[token].Text.ToLowerInvariant();

    public bool IsWord(int token) => token >= 0 && token < Tokens.Length && Tokens[token].Kind == TokenKind.Word;

    public bool Is(int token, string text) => token >= 0 && token < Tokens.Length && Tokens[token].Text.Equals(text, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalized(int token)
    {
        if (!IsWord(token))
        {
            return false;
        }

        string t = Tokens[token].Text;
        if (char.IsUpper(t[0]))
        {
            return true;
        }

        int dash = t.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and < 5 && dash + 1 < t.Length && char.IsUpper(t[dash + 1]); // "al-Nusra", "then-Secretary"
    }

    public static bool IsAbbreviation(string word) => (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.NonTerminal.Contains(word);

    /// <summary>The entity mention of the upstream entity extractor covering <paramref name="span"/>, if any.</summary>
    public EntityMention? EntityAt(TextSpan span)
    {
        foreach (EntityMention e in Entities)
        {
            if (e.Span.Overlaps(span))
            {
                return e;
            }
        }

        return null;
    }
}
