using Crosscheck.Model;

namespace Crosscheck.Kinds.Entities;

/// <summary>Turns the tokens of a sentence into <see cref="NamePiece"/>s.</summary>
internal static class PieceReader
{
    /// <summary>
    /// English clitics after an apostrophe ("I’d", "didn’t", "we’ll"): such a word is a contraction. Any other letters after an
    /// apostrophe belong to a transliterated name ("Qur'an", "Ba'ath", "Dar'a").
    /// </summary>
    private static readonly HashSet<string> Clitics = new(StringComparer.Ordinal) { "d", "t", "s", "m", "ll", "re", "ve" };

    public static List<NamePiece> Read(Sentence sentence, EntityLexicon lexicon, bool headline)
    {
        IReadOnlyList<Token> tokens = sentence.Tokens;
        var pieces = new List<NamePiece>(tokens.Count);
        bool atStart = true;
        for (int i = 0; i < tokens.Count; i++)
        {
            Token t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                // Opening quotes, brackets and colons start a new "sentence" for capitalization purposes.
                bool opens = t.Text is "“" or "\"" or "‘" or "(" or "[" or "]" or ":" or "—" or "–" or "-" or "--";
                pieces.Add(new NamePiece(t.Span.Start, t.Span.End, t.Text, PieceKind.Break, true, false));
                atStart = atStart || opens;
                continue;
            }

            // Middle initial: "W" "." before a capitalized word.
            if (t.Text.Length == 1 && char.IsUpper(t.Text[0]) && i + 2 < tokens.Count && tokens[i + 1].Text == "."
                && tokens[i + 1].Span.Start == t.Span.End && tokens[i + 2].Kind == TokenKind.Word && char.IsUpper(tokens[i + 2].Text[0]))
            {
                pieces.Add(new NamePiece(t.Span.Start, t.Span.End + 1, t.Text + ".", PieceKind.Capitalized, false, atStart || headline));
                i++;
                atStart = false;
                continue;
            }

            // Title abbreviations: "Sen" "." → "Sen.".
            if (i + 1 < tokens.Count && tokens[i + 1].Text == "." && tokens[i + 1].Span.Start == t.Span.End && lexicon.TitleWords.Contains(t.Text + "."))
            {
                pieces.Add(new NamePiece(t.Span.Start, t.Span.End + 1, t.Text + ".", PieceKind.Capitalized, false, atStart || headline));
                i++;
                atStart = false;
                continue;
            }

            AddWord(pieces, t, lexicon, atStart || headline);
            atStart = false;
        }

        return pieces;
    }

    private static void AddWord(List<NamePiece> pieces, Token t, EntityLexicon lexicon, bool sentenceStart)
    {
        string text = t.Text;
        int start = t.Span.Start;
        bool possessive = false;
        if (text.Length > 2 && (text.EndsWith("’s", StringComparison.Ordinal) || text.EndsWith("'s", StringComparison.Ordinal)))
        {
            text = text[..^2];
            possessive = true;
        }
        else if (text.Length > 1 && text[^1] is '’' or '\'')
        {
            text = text[..^1];
            possessive = true;
        }

        int apostrophe = text.IndexOfAny(['’', '\'']);
        if (apostrophe > 0 && apostrophe + 1 < text.Length && char.IsLower(text[apostrophe + 1]) && Clitics.Contains(text[(apostrophe + 1)..]))
        {
            // "I’d", "didn’t": contractions are no names.
            pieces.Add(new NamePiece(start, start + text.Length, text, PieceKind.Lower, possessive, sentenceStart));
            return;
        }

        if (text.Contains('-', StringComparison.Ordinal) && !text.StartsWith('-'))
        {
            AddHyphenated(pieces, text, start, possessive, lexicon, sentenceStart);
            return;
        }

        if (GluedSplit(text, lexicon) is int glue and > 0)
        {
            // "RelatedHas": page chrome glued to a headline; the chrome word is no name, the rest starts a sentence.
            pieces.Add(new NamePiece(start, start + glue, text[..glue], PieceKind.Break, true, false));
            pieces.Add(new NamePiece(start + glue, start + text.Length, text[glue..], PieceKind.Capitalized, possessive, true));
            return;
        }

        PieceKind kind = char.IsUpper(text[0]) ? PieceKind.Capitalized : PieceKind.Lower;
        pieces.Add(new NamePiece(start, start + text.Length, text, kind, possessive, sentenceStart));
    }

    /// <summary>
    /// Where a capitalized word switches from lowercase to uppercase before a function word ("RelatedHas", "MoreWhy"),
    /// the offset of the switch; 0 for real mixed-case names ("McDonald", "YouTube", "LinkedIn").
    /// </summary>
    internal static int GluedSplit(string text, EntityLexicon lexicon)
    {
        if (text.Length < 6 || !char.IsUpper(text[0]))
        {
            return 0;
        }

        for (int i = 3; i + 3 <= text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsLower(text[i - 1]))
            {
                string right = text[i..];
                return text[1..i].All(char.IsLower) && right.Skip(1).All(char.IsLower) && lexicon.FunctionWords.Contains(right) ? i : 0;
            }
        }

        return 0;
    }

    private static void AddHyphenated(List<NamePiece> pieces, string text, int start, bool possessive, EntityLexicon lexicon, bool sentenceStart)
    {
        string[] parts = text.Split('-');
        bool allCapitalized = parts.All(p => p.Length > 0 && char.IsUpper(p[0]));
        if (allCapitalized && parts.Length > 1 && parts.All(p => lexicon.Countries.FindPlace(p) is not null || lexicon.Countries.IsDemonym(p)))
        {
            // "France-Germany", "US-China": two names.
            int offset = start;
            foreach (string part in parts)
            {
                pieces.Add(new NamePiece(offset, offset + part.Length, part, PieceKind.Capitalized, true, sentenceStart));
                offset += part.Length + 1;
            }

            return;
        }

        if (allCapitalized)
        {
            pieces.Add(new NamePiece(start, start + text.Length, text, PieceKind.Capitalized, possessive, sentenceStart));
            return;
        }

        // Leading lowercase part: a particle ("al-Qaida") stays, a prefix ("anti-", "then-", "pro-") is dropped.
        int first = 0;
        int offsetFirst = start;
        if (!char.IsUpper(parts[0][0]) && !lexicon.Particles.Contains(parts[0]))
        {
            first = 1;
            offsetFirst = start + parts[0].Length + 1;
        }

        int last = first;
        while (last < parts.Length && parts[last].Length > 0 && (char.IsUpper(parts[last][0]) || (last == first && lexicon.Particles.Contains(parts[last]))))
        {
            last++;
        }

        // A particle alone ("al-" followed by lowercase) is no name.
        bool hasCapital = false;
        for (int k = first; k < last; k++)
        {
            hasCapital |= char.IsUpper(parts[k][0]);
        }

        if (last == first || !hasCapital)
        {
            pieces.Add(new NamePiece(start, start + text.Length, text, PieceKind.Lower, possessive, sentenceStart));
            return;
        }

        int length = parts[first..last].Sum(p => p.Length) + (last - first - 1);
        string name = text.Substring(offsetFirst - start, length);
        bool modifierFollows = last < parts.Length;
        pieces.Add(new NamePiece(offsetFirst, offsetFirst + length, name, PieceKind.Capitalized, possessive || modifierFollows, sentenceStart && first == 0));
    }
}
