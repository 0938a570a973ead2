namespace Crosscheck.Kinds.Dates;

/// <summary>Reads the words around an expression for signs that it lies in the future.</summary>
internal static class TemporalContext
{
    private const int LookBehind = 60;
    private const int LookAhead = 40;

    /// <summary>
    /// True when a future cue ("will", "is due to", "plans to") stands in the same sentence within a few
    /// words before the expression, or just after it ("On Monday, the court will rule").
    /// </summary>
    public static bool IsFuture(string text, int start, int end)
    {
        int from = start;
        while (from > 0 && start - from < LookBehind && !SentenceBreaks.IsBreak(text, from - 1))
        {
            from--;
        }

        ReadOnlySpan<char> before = text.AsSpan(from, start - from);
        if (TemporalPatterns.FutureCue().IsMatch(before) || TemporalPatterns.IntentionBefore().IsMatch(before))
        {
            return true;
        }

        int to = end;
        while (to < text.Length && to - end < LookAhead && !SentenceBreaks.IsBreak(text, to))
        {
            to++;
        }

        // Only the first few words after: a cue further on usually belongs to another clause.
        ReadOnlySpan<char> after = text.AsSpan(end, to - end);
        int words = 0, cut = 0;
        for (; cut < after.Length; cut++)
        {
            if (char.IsWhiteSpace(after[cut]) && cut > 0 && !char.IsWhiteSpace(after[cut - 1]) && ++words > 4)
            {
                break;
            }
        }

        return TemporalPatterns.FutureCue().IsMatch(after[..cut]);
    }
}
