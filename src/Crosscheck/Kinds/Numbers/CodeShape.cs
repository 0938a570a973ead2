using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// Digits that are a code or a name, not an amount: timezone offsets and zero-padded codes ("-0500", "000000"),
/// values in script ("= 468;"), phone numbers ("555-1234", "1-800-555-0199"), the tail of a range or score whose
/// head was read as something else ("aged 20-24" → 24), and model or product names ("ATR-42", "F-16",
/// "iPhone 6 Plus", "Windows 10").
/// </summary>
internal static class CodeShape
{
    private static readonly HashSet<string> NotNames = new(
        ["I", .. Lexicon.Words("Dates/month-names.txt"), .. Lexicon.Words("Dates/month-abbreviations.txt"), .. Lexicon.Words("Dates/weekday-names.txt")],
        StringComparer.OrdinalIgnoreCase);

    // Words after the number that make it a count even after a capitalized word ("In Kenya 5 people died",
    // a Title Case headline "Gunmen Kill 12 People").
    private static readonly HashSet<string> CountWords = Lexicon.WordSet("Numbers/count-words.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> TitleCaseWords = new(StringComparer.Ordinal)
    {
        "In", "At", "Of", "As", "After", "Are", "Were", "Have", "Dead", "Killed", "Die", "Die,", "From", "For", "To", "And",
    };

    /// <summary>True when the digits text[start..end) are a code, an offset, a phone number or the tail of a range or score.</summary>
    public static bool IsCode(string text, int start, int end, TextSpan range)
    {
        char before = start > range.Start ? text[start - 1] : ' ';
        char before2 = start - 1 > range.Start ? text[start - 2] : ' ';

        // "000000", "-0500", "0054321535" (but "0.5" and a lone "0" are amounts).
        if (end - start > 1 && text[start] == '0' && text[start + 1] != '.')
        {
            return true;
        }

        // "+44", "+0530", "= 468", "468;" (but "+0.3%" is a rise and "Y=590" is the yen sign of news wires).
        bool signedChange = text.AsSpan(start, end - start).Contains('.') || (end < range.End && text[end] == '%');
        bool currencyEquals = before == '=' && char.IsAsciiLetterUpper(before2);
        if ((before == '+' && end - start >= 2 && !signedChange) || (PreviousNonSpace(text, start, range) == '=' && !currencyEquals) || (end < range.End && text[end] == ';'))
        {
            return true;
        }

        // The tail of "20-24" or "3-2" whose head was read as an age, a year or a score.
        if (before is '-' or '–' && char.IsAsciiDigit(before2))
        {
            return true;
        }

        // "ATR-42", "F-16", "COVID-19": glued by a hyphen to a word holding a capital letter.
        if (before is '-' or '‑' && char.IsLetter(before2))
        {
            int t = start - 2;
            while (t > range.Start && char.IsLetter(text[t - 1]))
            {
                t--;
            }

            if (HasUpper(text, t, start - 1))
            {
                return true;
            }
        }

        // "1-800-555-0199", "555-1234".
        bool isoDate = end - start == 4 && text[start] is '1' or '2';
        return (HyphenGroups(text, end, range.End) >= 2 && !isoDate) || (end - start == 3 && IsPhoneTail(text, end, range.End));
    }

    /// <summary>
    /// True when the number directly follows a name written with capitals and is not the count of people:
    /// "iPhone 6 Plus", "Windows 10", "ATR 72". The first word of a sentence counts only with an inner capital ("iPhone").
    /// </summary>
    public static bool IsModelName(string text, int start, int end, TextSpan range)
    {
        if (start - 2 < range.Start || text[start - 1] is not (' ' or '\u00a0') || !char.IsLetterOrDigit(text[start - 2]))
        {
            return false;
        }

        int tokenEnd = start - 1, tokenStart = tokenEnd;
        while (tokenStart > range.Start && (char.IsLetterOrDigit(text[tokenStart - 1]) || text[tokenStart - 1] == '-'))
        {
            tokenStart--;
        }

        string token = text[tokenStart..tokenEnd];
        if (!char.IsLetter(token[0]) || !HasUpper(text, tokenStart, tokenEnd) || NotNames.Contains(token) || (tokenStart > 0 && text[tokenStart - 1] is '\'' or '’' or '.'))
        {
            return false;
        }

        bool innerCapital = HasUpper(text, tokenStart + 1, tokenEnd);
        if (!innerCapital && IsClauseStart(text, tokenStart, range))
        {
            return false;
        }

        string next = NextWord(text, end, range.End);
        return !(CountWords.Contains(next) || TitleCaseWords.Contains(next));
    }

    private static bool IsClauseStart(string text, int tokenStart, TextSpan range)
    {
        int p = tokenStart - 1;
        while (p >= range.Start && text[p] is ' ' or '\u00a0' or '\t')
        {
            p--;
        }

        return p < range.Start || text[p] is '"' or '“' or '”' or '‘' or '\'' or '(' or '[' or ':' or '—' or '–' or '-' or '\n' or '\r' or '•';
    }

    private static string NextWord(string text, int end, int limit)
    {
        int i = end;
        while (i < limit && text[i] == ' ')
        {
            i++;
        }

        int s = i;
        while (i < limit && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[s..i];
    }

    private static bool HasUpper(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static char PreviousNonSpace(string text, int start, TextSpan range)
    {
        int p = start - 1;
        while (p >= range.Start && text[p] == ' ')
        {
            p--;
        }

        return p >= range.Start ? text[p] : ' ';
    }

    // How many "-digits" groups follow directly ("-555-0199" → 2).
    private static int HyphenGroups(string text, int end, int limit)
    {
        int groups = 0, i = end;
        while (i + 1 < limit && text[i] == '-' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < limit && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            groups++;
        }

        return groups;
    }

    // "555-1234": three digits, a hyphen and four digits that are not a round bound ("200-1000" stays a range).
    private static bool IsPhoneTail(string text, int end, int limit)
    {
        if (end + 5 > limit || text[end] != '-')
        {
            return false;
        }

        for (int i = end + 1; i < end + 5; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        if (end + 5 < limit && char.IsLetterOrDigit(text[end + 5]))
        {
            return false;
        }

        int tail = int.Parse(text.AsSpan(end + 1, 4), System.Globalization.CultureInfo.InvariantCulture);
        return tail % 50 != 0;
    }
}
