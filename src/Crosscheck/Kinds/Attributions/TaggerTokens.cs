using Crosscheck.Annotation;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// The token sequence the attribution tagger labels: the tokens of our <see cref="Tokenizer"/> with
/// clitics split off ("He’s" → "He" "’s", "Lund's" → "Lund" "'s"), since a source often ends
/// and a cue often begins at the apostrophe; each token knows its sentence and whether a line break
/// precedes it.
/// </summary>
public sealed class TaggerTokens
{
    private static readonly string[] Clitics = ["s", "re", "ll", "ve", "d", "m"];

    private TaggerTokens(string text, Token[] tokens, int[] sentence, bool[] sentenceStart, bool[] lineStart)
    {
        Text = text;
        Tokens = tokens;
        Sentence = sentence;
        SentenceStart = sentenceStart;
        LineStart = lineStart;
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Index of each token's sentence.</summary>
    public IReadOnlyList<int> Sentence { get; }

    /// <summary>True for the first token of a sentence.</summary>
    public IReadOnlyList<bool> SentenceStart { get; }

    /// <summary>True when a line break stands between this token and the previous one (or it is the first).</summary>
    public IReadOnlyList<bool> LineStart { get; }

    public int Count => Tokens.Count;

    /// <summary>The token ranges [Start, End) of the lines (paragraphs): the tagger's sequences.</summary>
    public IReadOnlyList<(int Start, int End)> Lines()
    {
        var lines = new List<(int Start, int End)>();
        int start = 0;
        for (int i = 1; i <= Count; i++)
        {
            if (i == Count || LineStart[i])
            {
                lines.Add((start, i));
                start = i;
            }
        }

        return lines;
    }

    public static TaggerTokens Of(string text) => Of(text, SentenceSplitter.Split(text));

    public static TaggerTokens Of(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var tokens = new List<Token>();
        var sentence = new List<int>();
        var sentenceStart = new List<bool>();
        foreach (Sentence s in sentences)
        {
            bool first = true;
            foreach (Token t in s.Tokens)
            {
                foreach (Token piece in Split(t))
                {
                    tokens.Add(piece);
                    sentence.Add(s.Index);
                    sentenceStart.Add(first);
                    first = false;
                }
            }
        }

        var lineStart = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            lineStart[i] = i == 0 || text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End).Contains('\n');
        }

        return new TaggerTokens(text, [.. tokens], [.. sentence], [.. sentenceStart], lineStart);
    }

    private static IEnumerable<Token> Split(Token t)
    {
        if (t.Kind == TokenKind.Word)
        {
            int apostrophe = t.Text.LastIndexOfAny(['\'', '’']);
            if (apostrophe > 0 && Clitics.Contains(t.Text[(apostrophe + 1)..].ToLowerInvariant()))
            {
                int cut = t.Span.Start + apostrophe;
                yield return new Token(new TextSpan(t.Span.Start, cut), t.Text[..apostrophe], TokenKind.Word);
                yield return new Token(new TextSpan(cut, t.Span.End), t.Text[apostrophe..], TokenKind.Word);
                yield break;
            }
        }

        yield return t;
    }
}
