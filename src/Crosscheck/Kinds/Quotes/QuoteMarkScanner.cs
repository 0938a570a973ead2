using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// Pairs quote marks line by line: curly double (“ ”), straight double (") and curly single (‘ ’) marks, and
/// straight single marks (') as British and many web outlets write quotes, told apart from apostrophes ("can't",
/// "the students' parents", "'90s") by what stands on either side. Marks nested inside an open quote are left alone;
/// a quote still open at the end of a line is closed there, except a straight single one (then it was an apostrophe).
/// </summary>
internal static class QuoteMarkScanner
{
    public static List<QuotedSpan> Scan(string text)
    {
        var spans = new List<QuotedSpan>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            ScanLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }

        return spans;
    }

    private static void ScanLine(string text, int start, int end, List<QuotedSpan> spans)
    {
        int open = -1;
        char closer = '\0';
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (open < 0)
            {
                if (c == '“' || (c == '"' && IsOpening(text, i, start, end)) || (c == '‘' && IsOpening(text, i, start, end))
                    || (c == '\'' && IsOpening(text, i, start, end) && char.IsLetter(text[i + 1]) && HasClosingStraight(text, i + 1, end)))
                {
                    open = i;
                    closer = c switch { '“' => '”', '‘' => '’', '\'' => '\'', _ => '"' };
                }

                continue;
            }

            if (c == '“' && closer == '”')
            {
                open = i; // an opener without a closer before it: start again here
                continue;
            }

            // Mixed marks ("…” or “…") are a common typing slip: either double mark closes a double quote.
            bool closes = c == closer || (closer == '"' && c == '”') || (closer == '”' && c == '"' && !IsOpening(text, i, start, end));
            if (closer == '\'')
            {
                closes = c == '\'' && IsClosingStraight(text, i, end);
            }

            if (closes && (closer != '’' || IsClosingSingle(text, i, end) || (IsPluralPossessive(text, i, end) && !HasLaterClosingSingle(text, i + 1, end))))
            {
                Add(text, open, i + 1, closed: true, spans);
                open = -1;
            }
        }

        if (open >= 0 && closer != '\'')
        {
            int e = end;
            while (e > open + 1 && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            Add(text, open, e, closed: false, spans);
        }
    }

    private static bool IsOpening(string text, int i, int start, int end)
    {
        bool before = i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or ':' or '“';
        bool after = i + 1 < end && !char.IsWhiteSpace(text[i + 1]);
        return before && after;
    }

    // A straight single mark closes a quote after a non-space, before no letter, and not as a plural possessive ("students' parents").
    private static bool IsClosingStraight(string text, int i, int end) =>
        !char.IsWhiteSpace(text[i - 1]) && IsClosingSingle(text, i, end);

    private static bool HasClosingStraight(string text, int from, int end)
    {
        for (int j = text.IndexOf('\'', from, end - from); j >= 0; j = j + 1 < end ? text.IndexOf('\'', j + 1, end - j - 1) : -1)
        {
            if (j > from + 1 && IsClosingStraight(text, j, end))
            {
                return true;
            }
        }

        return false;
    }

    // A right single mark closes a quote only when no letter follows (not "didn’t") and it does not end a plural possessive.
    private static bool IsClosingSingle(string text, int i, int end) =>
        (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])) && !IsPluralPossessive(text, i, end);

    // "the workers’ union": an s, the mark, a space and a lower-case word.
    private static bool IsPluralPossessive(string text, int i, int end) =>
        i > 0 && text[i - 1] == 's' && i + 2 < end && text[i + 1] == ' ' && char.IsLower(text[i + 2]);

    // A plural possessive mark still closes an open ‘ when no other mark later in the line could ("‘all of God’s creatures’ have …").
    private static bool HasLaterClosingSingle(string text, int from, int end)
    {
        for (int j = text.IndexOf('’', from, end - from); j >= 0; j = j + 1 < end ? text.IndexOf('’', j + 1, end - j - 1) : -1)
        {
            if (IsClosingSingle(text, j, end))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(string text, int start, int end, bool closed, List<QuotedSpan> spans)
    {
        int innerStart = start + 1;
        int innerEnd = closed ? end - 1 : end;
        while (innerStart < innerEnd && char.IsWhiteSpace(text[innerStart]))
        {
            innerStart++;
        }

        while (innerEnd > innerStart && char.IsWhiteSpace(text[innerEnd - 1]))
        {
            innerEnd--;
        }

        if (innerEnd > innerStart)
        {
            spans.Add(new QuotedSpan(new TextSpan(start, end), new TextSpan(innerStart, innerEnd), closed));
        }
    }
}
