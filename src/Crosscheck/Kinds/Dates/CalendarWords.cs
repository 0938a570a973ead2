using System.Globalization;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Dates;

/// <summary>Month and weekday names and small number words, as the English calendar writes them.</summary>
internal static class CalendarWords
{
    /// <summary>"jan" … "dec": the first three letters of the month names, in calendar order.</summary>
    private static readonly string[] MonthPrefixes = [.. Lexicon.Words("Dates/month-names.txt").Select(m => m[..3].ToLowerInvariant())];

    /// <summary>1–12 for a month name or abbreviation ("March", "Mar.", "Sept").</summary>
    public static int Month(string name)
    {
        string key = name.Length >= 3 ? name[..3].ToLowerInvariant() : name.ToLowerInvariant();
        return Array.IndexOf(MonthPrefixes, key) + 1;
    }

    public static DayOfWeek Weekday(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    /// <summary>The value of "3", "three", "twenty-three", "a"/"an" (1); null for vague words ("several", "few").</summary>
    public static int? Number(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        string t = text.Trim().ToLowerInvariant();
        if (t is "a" or "an")
        {
            return 1;
        }

        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        string[] words = t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        (double value, int used) = NumberWords.Parse(words);
        return used == words.Length && used > 0 ? (int)value : null;
    }

    /// <summary>The TimeML code of a part of the day: MO, AF, EV, NI.</summary>
    public static string PartOfDay(string word) => word.ToLowerInvariant() switch
    {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        _ => "NI",
    };

    /// <summary>The TimeML mod for "early", "mid", "late" and similar edge words, else null.</summary>
    public static string? Mod(string? word)
    {
        if (string.IsNullOrEmpty(word))
        {
            return null;
        }

        string w = word.ToLowerInvariant();
        return w.StartsWith("early", StringComparison.Ordinal) || w.Contains("beginning", StringComparison.Ordinal) || w.Contains("start", StringComparison.Ordinal) ? "START"
            : w.StartsWith("mid", StringComparison.Ordinal) ? "MID"
            : w.StartsWith("late", StringComparison.Ordinal) && w != "later" || w.Contains("end", StringComparison.Ordinal) ? "END"
            : null;
    }

    /// <summary>The TimeML code of a season word: SP, SU, FA, WI.</summary>
    public static string? Season(string word) => word.ToLowerInvariant() switch
    {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" or "fall" => "FA",
        "winter" => "WI",
        _ => null,
    };
}
