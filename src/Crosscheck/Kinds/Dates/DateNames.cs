using System.Text.RegularExpressions;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// Dates that are part of a proper name: a month and day written without a year and followed at once by a
/// capitalized name head ("the 26th of July Movement", "23 July Avenue") name a movement or a place, not the day
/// of an event. The heads are in Resources/Dates/name-heads.txt.
/// </summary>
internal static partial class DateNames
{
    private static readonly HashSet<string> Heads = Lexicon.WordSet("Dates/name-heads.txt", StringComparer.Ordinal);

    /// <summary>True when <paramref name="c"/> is a yearless month-day that begins a name.</summary>
    public static bool StartsName(string text, TemporalCandidate c)
    {
        if (c.Form != CandidateForm.Calendar || c.Fields is not { Year: null, Month: not null, Day: not null })
        {
            return false;
        }

        Match m = NextWord().Match(text, c.End);
        return m.Success && Heads.Contains(m.Groups[1].Value);
    }

    [GeneratedRegex(@"\G[ \t]+(\p{Lu}\p{L}*)\b")]
    private static partial Regex NextWord();
}
