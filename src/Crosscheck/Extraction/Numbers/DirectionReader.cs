using System.Text.RegularExpressions;

namespace Crosscheck.Extraction.Numbers;

/// <summary>
/// Reads whether an amount is written as a change: a verb or adverb of rise or fall just before it, optionally
/// with "by" ("rose 5%", "fell by 1.1%", "was up 2.8%", "shares slid 0.8%"), or a plus sign glued to it ("+0.3%").
/// The level reached ("rose 5% to $84", "fell from 10 to 8") is not a change: only the amount right after the cue is.
/// </summary>
internal static partial class DirectionReader
{
    private const int Window = 40;

    /// <summary>The direction written just before <paramref name="start"/> (the start of the quantity with its qualifier).</summary>
    public static QuantityDirection Read(string text, int start, int limit)
    {
        if (start > limit && text[start - 1] == '+' && (start - 1 == limit || !char.IsLetterOrDigit(text[start - 2])))
        {
            return QuantityDirection.Up;
        }

        int from = Math.Max(limit, start - Window);
        Match m = Before().Match(text, from, start - from);
        return !m.Success ? QuantityDirection.None : m.Groups["up"].Success ? QuantityDirection.Up : QuantityDirection.Down;
    }

    [GeneratedRegex(
        @"(?<![\p{L}])(?:(?<up>up|rose|risen|rises|rise|rising|increased?|increases|increasing|gained|gains|gain|jumped|jumps|jump|climbed|climbs|climb|advanced|advances|grew|grow|grows|growing|surged|surges|soared|soars|rallied|added|adds|boosted|boost|raised|raises|widened|higher\s+by|lifted)|(?<down>down|fell|falls|fall|fallen|falling|dropped|drops|drop|dropping|declined|declines|decline|decreased?|decreases|lost|loses|lose|slid|slides|slipped|slips|plunged|plunges|plummeted|tumbled|sank|sinks|shed|sheds|eased|eases|dipped|dips|slumped|retreated|cut|cuts|reduced|lowered|narrowed|shrank|lower\s+by))(?:\s+by)?\s*[$€£¥]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Before();
}
