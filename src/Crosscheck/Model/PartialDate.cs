using System.Globalization;

namespace Crosscheck.Model;

/// <summary>
/// A calendar date known to year, month or day precision ("2024", "2024-03", "2024-03-22").
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>The first and last years a <see cref="DateOnly"/> can hold: the calendar arithmetic throws outside them.</summary>
    public const int MinYear = 1;

    /// <inheritdoc cref="MinYear"/>
    public const int MaxYear = 9999;

    /// <summary>
    /// True when the fields name a year, a month of it or a day of it that the calendar can hold (years
    /// <see cref="MinYear"/> to <see cref="MaxYear"/>, a real month, a day that month has). Check before building a
    /// value from numbers read or computed: <see cref="Earliest"/> and <see cref="Latest"/> throw on any other.
    /// </summary>
    public static bool IsValid(int year, int? month = null, int? day = null) =>
        year is >= MinYear and <= MaxYear
        && (month is { } m ? m is >= 1 and <= 12 && (day is not { } d || (d >= 1 && d <= DateTime.DaysInMonth(year, m))) : day is null);

    /// <summary>
    /// True for a year a publication date can carry. A date outside is a placeholder ("0000-00-00", "9999-12-31")
    /// or a misreading, and is no reference for the dates of a text.
    /// </summary>
    public static bool IsPlausiblePublicationYear(int year) => year is >= 1800 and <= 2200;

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public bool HasDay => Day is not null;

    public bool HasMonth => Month is not null;

    /// <summary>The first day this value can denote.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this value can denote.</summary>
    public DateOnly Latest => Month is null
        ? new DateOnly(Year, 12, 31)
        : new DateOnly(Year, Month.Value, Day ?? DateTime.DaysInMonth(Year, Month.Value));

    public DateOnly? ToDateOnly() => Day is null ? null : new DateOnly(Year, Month!.Value, Day.Value);

    public int CompareTo(PartialDate other)
    {
        int c = Earliest.CompareTo(other.Earliest);
        return c != 0 ? c : Latest.CompareTo(other.Latest);
    }

    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string[] parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int d))
            {
                return false;
            }

            day = d;
        }

        if (!IsValid(year, month, day))
        {
            return false;
        }

        value = new PartialDate(year, month, day);
        return true;
    }

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (_, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
