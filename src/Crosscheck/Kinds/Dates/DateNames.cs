using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// Dates that are part of a proper name: a month and day written without a year and followed at once by a
/// capitalized name head ("the 26th of July Movement", "23 July Avenue"), or by a head that names an organization
/// even in lower case ("the March 8 alliance"), name a movement or a place, not the day of an event. So does a
/// day known by its date ("the September 11 attacks") used as a modifier after "the", "post-" or "pre-". The
/// heads are in Resources/Dates/name-heads.txt and name-heads-lowercase.txt, the days in named-days.txt.
/// </summary>
internal static partial class DateNames
{
    private static readonly HashSet<string> Heads = Lexicon.WordSet("Dates/name-heads.txt", StringComparer.Ordinal);

    private static readonly HashSet<string> LowercaseHeads = Lexicon.WordSet("Dates/name-heads-lowercase.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<(int Month, int Day)> NamedDays = [.. Lexicon.Lines("Dates/named-days.txt")
        .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))];

    /// <summary>True when <paramref name="c"/> is a yearless month-day that begins a name or modifies a noun as a name.</summary>
    public static bool StartsName(string text, TemporalCandidate c)
    {
        if (c.Form != CandidateForm.Calendar || c.Fields is not { Year: null, Month: { } month, Day: { } day })
        {
            return false;
        }

        Match m = NextWord().Match(text, c.End);
        if (!m.Success)
        {
            return false;
        }

        string next = m.Groups[1].Value;
        return Heads.Contains(next) || LowercaseHeads.Contains(next)
            || (NamedDays.Contains((month, day)) && char.IsLower(next[0]) && ModifierBefore().IsMatch(text.AsSpan(0, c.Start)));
    }

    [GeneratedRegex(@"\G[ \t]+(\p{L}+)\b")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"(?:\bthe\s+|\b(?:post|pre)-)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ModifierBefore();
}
