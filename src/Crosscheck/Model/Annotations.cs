namespace Crosscheck.Model;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token of the cleaned text.</summary>
public readonly record struct Token(TextSpan Span, string Text, TokenKind Kind);

/// <summary>A sentence of the cleaned text, with its tokens.</summary>
/// <param name="Index">Position of the sentence in the document.</param>
/// <param name="Paragraph">Index of the paragraph (line block) the sentence belongs to.</param>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span, string Text, IReadOnlyList<Token> Tokens);

/// <summary>A cleaned document split into sentences and tokens.</summary>
public sealed record AnnotatedDocument(Document Document, IReadOnlyList<Sentence> Sentences)
{
    public string Text => Document.Text;

    public string Id => Document.Id;

    /// <summary>The sentence containing <paramref name="position"/>, or null.</summary>
    public Sentence? SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            Sentence s = Sentences[mid];
            if (position < s.Span.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.Span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return null;
    }
}
