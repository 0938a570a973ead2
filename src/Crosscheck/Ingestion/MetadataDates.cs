using System.Globalization;
using System.Text.RegularExpressions;

using Crosscheck.Model;

namespace Crosscheck.Ingestion;

/// <summary>
/// Reads a declared date (ISO 8601, RFC 5322/822 as in mail and RSS, "March 5, 2024") into a <see cref="WrittenDate"/>.
/// The calendar date is the one written, in the writer's own time zone: no conversion to UTC.
/// A value that is not recognised is kept as written, without a date (the cleaner tries the dateline grammar on it).
/// </summary>
internal static partial class MetadataDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static WrittenDate? Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string v = value.Trim();
        return new WrittenDate(v, DateOf(v));
    }

    private static PartialDate? DateOf(string v)
    {
        Match m = Iso().Match(v);
        if (m.Success)
        {
            return Make(Int(m.Groups[1]), Int(m.Groups[2]), Int(m.Groups[3]));
        }

        m = DayMonthYear().Match(v);
        if (m.Success)
        {
            return Make(Year(m.Groups[3]), Month(m.Groups[2].Value), Int(m.Groups[1]));
        }

        m = MonthDayYear().Match(v);
        return m.Success ? Make(Year(m.Groups[3]), Month(m.Groups[1].Value), Int(m.Groups[2])) : null;
    }

    private static PartialDate? Make(int year, int month, int day) =>
        PartialDate.IsPlausiblePublicationYear(year) && PartialDate.IsValid(year, month, day)
            ? new PartialDate(year, month, day)
            : null;

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static int Year(Group g)
    {
        int y = Int(g);
        return g.Value.Length <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
    }

    private static int Month(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    [GeneratedRegex(@"^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})[\s-]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s-]+(\d{4}|\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();
}
