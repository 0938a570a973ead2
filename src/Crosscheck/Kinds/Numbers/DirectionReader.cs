using System.Text.RegularExpressions;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// Reads whether an amount is written as a change: a verb or adverb of rise or fall just before it, optionally
/// with "by" after up to three words ("rose 5%", "fell by 1.1%", "was up 2.8%", "raised rates by 0.25%"), or a plus
/// sign glued to it ("+0.3%"). "Raise" is a rise only with "by" ("raised $5 million" is money collected).
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

    private static readonly Regex BeforePattern = new(
        @"(?<![\p{L}])(?:(?<up>(?<!\b(?:" + string.Join('|', Lexicon.Words("Numbers/phrasal-up-verbs.txt")) + @")\s+)up|rose|risen|ris(?:e|es|ing)|increas(?:e|es|ed|ing)|gain(?:s|ed|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|gr(?:ew|ow|ows|owing|own)|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|add(?:s|ed|ing)?|boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)(?=(?:\s+[\p{L}'’-]+){0,3}?\s+by\b)|upwards?|widen(?:s|ed|ing)?|lift(?:s|ed|ing)?|higher\s+by)|(?<down>down|f(?:all|alls|ell|allen|alling)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|los(?:e|es|ing)|lost|sl(?:id|ide|ides|iding)|slip(?:s|ped|ping)?|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|s(?:ank|ink|inks|inking)|shed(?:s|ding)?|eas(?:e|es|ed|ing)|dip(?:s|ped|ping)?|slump(?:s|ed|ing)?|retreat(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|narrow(?:s|ed|ing)?|shr(?:ank|ink|inks|inking|unk)|downwards?|lower\s+by))(?:(?:\s+[\p{L}'’-]+){0,3}?\s+by)?\s*[$€£¥]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex Before() => BeforePattern;
}
