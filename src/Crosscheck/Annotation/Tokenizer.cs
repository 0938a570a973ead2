using Crosscheck.Model;

namespace Crosscheck.Annotation;

/// <summary>
/// Splits text into word, number, punctuation and symbol tokens with character offsets.
/// Keeps dotted abbreviations ("U.S.", "F.S.B."), decimals and grouped digits ("6,000", "1.5"),
/// hyphenated words ("COVID-19", "high-capacity") and contractions ("didn’t") as single tokens.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = new List<Token>();
        int i = range.Start;
        int end = range.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end);
                // "1990s", "7th", "24-hour": digits glued to letters stay one word-like token.
                if (i < end && char.IsLetter(text[i]))
                {
                    while (i < end && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }

                    kind = TokenKind.Word;
                }
                else
                {
                    kind = TokenKind.Number;
                }
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(text, i, end);
                kind = TokenKind.Word;
            }
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                i += 3;
                kind = TokenKind.Punctuation;
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                i += 2;
                kind = TokenKind.Punctuation;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            tokens.Add(new Token(new TextSpan(start, i), text[start..i], kind));
        }

        return tokens;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanWord(string text, int i, int end)
    {
        int start = i;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (IsInnerJoiner(c) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > start)
            {
                i++;
            }
            else if (c == '.' && IsDottedAbbreviation(text, start, i, end))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsInnerJoiner(char c) => c is '-' or '\'' or '’' or '‑';

    // "U.S." and "F.S.B.": single letters separated by dots.
    private static bool IsDottedAbbreviation(string text, int start, int dot, int end)
    {
        if (dot - start != 1 && !(dot >= 2 && text[dot - 2] == '.'))
        {
            return false;
        }

        bool nextIsLetterThenDot = dot + 2 < end && char.IsLetter(text[dot + 1]) && text[dot + 2] == '.';
        bool previousWasDotted = dot >= 2 && text[dot - 2] == '.';
        return nextIsLetterThenDot || previousWasDotted;
    }
}
