using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Cleaning.Metadata;

/// <summary>
/// Finds a written calendar date ("Mar 28", "April 01, 2024", "28 March 2024", "2024-03-28") and tells
/// whether a line gives only a date (with at most a label, weekday and time around it).
/// </summary>
internal static partial class DatelineFinder
{
    private static readonly FrozenSet<string> Decorations = Lexicon.WordSet("Cleaning/dateline-decorations.txt", StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first date written in <paramref name="text"/>, or null.</summary>
    public static WrittenDate? Find(string text)
    {
        Match m = DateRegex().Match(text);
        return m.Success ? ToWritten(m) : null;
    }

    /// <summary>Where the first date written in <paramref name="text"/> starts, or -1.</summary>
    public static int IndexOf(string text)
    {
        Match m = DateRegex().Match(text);
        return m.Success ? m.Index : -1;
    }

    /// <summary>The date when the line is nothing but a date (plus label, weekday, time), else null.</summary>
    public static WrittenDate? ReadDateOnly(SourceLine line)
    {
        if (line.Words > 10)
        {
            return null;
        }

        Match m = DateRegex().Match(line.Text);
        if (!m.Success)
        {
            return null;
        }

        string rest = line.Text.Remove(m.Index, m.Length);
        foreach (string token in rest.Split([' ', ',', '|', '·', '-', '–', '—', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = token.TrimEnd(':');
            if (word.Length > 0 && !Decorations.Contains(word.ToLowerInvariant()) && !Time().IsMatch(word) && !Zone().IsMatch(word))
            {
                return null;
            }
        }

        return ToWritten(m);
    }

    private static WrittenDate ToWritten(Match m)
    {
        string written = m.Value.Trim();
        if (m.Groups["iy"].Success)
        {
            return new WrittenDate(written, Make(Int(m, "iy"), Int(m, "im"), Int(m, "id")));
        }

        string month = m.Groups["mon"].Success ? m.Groups["mon"].Value : m.Groups["mon2"].Value;
        int day = m.Groups["d"].Success ? Int(m, "d") : Int(m, "d2");
        Group year = m.Groups["y"].Success ? m.Groups["y"] : m.Groups["y2"];
        PartialDate? date = year.Success ? Make(int.Parse(year.Value, CultureInfo.InvariantCulture), MonthNumber(month), day) : null;
        return new WrittenDate(written, date);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static PartialDate? Make(int year, int month, int day) =>
        PartialDate.IsValid(year, month, day) ? new PartialDate(year, month, day) : null;

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    private const string Month = @"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    [GeneratedRegex(
        @"\b(?<mon>" + Month + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{2})\b)?"
        + @"|\b(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>" + Month + @")\b\.?(?:,?\s+(?<y2>(?:19|20)\d{2})\b)?"
        + @"|\b(?<iy>(?:19|20)\d{2})-(?<im>\d{2})-(?<id>\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"^[A-Z]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Zone();
}
