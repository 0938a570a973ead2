using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Dates;

/// <summary>Reads a publication date as bylines and metadata write it, possibly without a year.</summary>
public static class PublicationDateParser
{
    /// <summary>
    /// The calendar fields of <paramref name="text"/>: "Mar 28" (month and day), "April 01, 2024",
    /// "2024-03-28T10:00:00Z", "Thu, 28 Mar 2024 10:00:00 +0000". Null when no month is found.
    /// </summary>
    public static DateFields? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (TemporalExpression e in TemporalRecognizer.RecognizeCalendarDates(text))
        {
            if (e.Written.Month is not null && (e.Written.Day is not null || e.Written.Year is not null))
            {
                return e.Written;
            }
        }

        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset parsed))
        {
            return new DateFields(parsed.Year, parsed.Month, parsed.Day);
        }

        return null;
    }

    /// <summary>The date of fields with a year, null otherwise.</summary>
    public static PartialDate? ToDate(DateFields fields) => fields.ToPartialDate();
}
