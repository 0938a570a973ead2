namespace Crosscheck.Kinds.Dates;

/// <summary>
/// Where a sentence or clause ends, for the short look-arounds of the date rules. Not Annotation's
/// <c>SentenceSplitter</c>: it also breaks at ';' (a clause), and it runs on plain text, also before annotation
/// (<see cref="ReferenceDates"/> reads the dates of the cleaned texts).
/// </summary>
internal static class SentenceBreaks
{
    /// <summary>
    /// True for ! ? ; a newline, and a full stop that ends a sentence: not one after a single letter
    /// ("p.m.", "U.S."), a short capitalized word ("Nov.", "Mr.") or inside a number ("1.5").
    /// </summary>
    public static bool IsBreak(string text, int i)
    {
        char c = text[i];
        if (c is '!' or '?' or '\n' or ';')
        {
            return true;
        }

        if (c != '.' || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('"' or '”' or '’' or '\'' or ')')))
        {
            return false;
        }

        int letters = 0;
        for (int k = i - 1; k >= 0 && char.IsLetter(text[k]); k--)
        {
            letters++;
        }

        return letters switch
        {
            0 => i > 0 && char.IsDigit(text[i - 1]),
            1 => false,
            _ => letters > 4 || char.IsLower(text[i - letters]),
        };
    }
}
