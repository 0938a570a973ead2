using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// Values a recognized candidate, following the conventions of news writing:
/// <list type="bullet">
/// <item>a day and month without a year take the reference year, or the year before when that would put
/// them more than two months after the reference date (a report in January about "December 28");</item>
/// <item>"on Monday" or a bare "Monday" is the most recent Monday on or before the reference date (the same
/// day allowed); "last Monday" the most recent one strictly before; "next Monday", or any weekday in a
/// future clause ("will … on Monday"), the next one strictly after;</item>
/// <item>"last year" is the reference year minus one, at year precision; "last month" likewise by month;</item>
/// <item>"two days later" counts from the date mentioned just before it in the text.</item>
/// </list>
/// Weeks, weekends, seasons and decades have TimeML values but no <see cref="PartialDate"/> of their own: their
/// <see cref="TemporalExpression.Date"/> is null, except that a week or weekend whose days all lie in one month
/// is dated by that month.
/// </summary>
internal static class TemporalResolver
{
    private const int FutureToleranceMonths = 2;

    /// <summary>How far before the reference a date in a future clause may still lie (a late report on a plan).</summary>
    private const int PastToleranceDaysInFuture = 7;

    /// <param name="documentYear">The year the rest of the document gives a month and day written without one (see <see cref="DocumentYears"/>).</param>
    /// <param name="quarter">The last quarter named before in the text: in a report of quarterly results, "a year ago" is that quarter a year before.</param>
    public static TemporalExpression Resolve(TemporalCandidate c, string text, TemporalAnchor anchor, bool future, TemporalExpression? previous, int? documentYear = null, TemporalExpression? quarter = null)
    {
        var e = new TemporalExpression(
            new TextSpan(c.Start, c.End),
            text[c.Start..c.End],
            TimexType.Date,
            "XXXX",
            c.Mod,
            DateKind.Relative,
            null,
            false,
            default,
            true,
            future);
        TemporalExpression resolved = c.Form switch
        {
            CandidateForm.Calendar => Calendar(e, c, anchor, future, documentYear),
            CandidateForm.Decade => e with { Kind = DateKind.Partial, Value = c.Period! },
            CandidateForm.Weekday => Weekday(e, c, anchor, future),
            CandidateForm.RelativeDay => RelativeDay(e, c, anchor),
            CandidateForm.RelativeUnit => RelativeUnit(e, c, anchor, future),
            CandidateForm.Ago => QuarterAgo(Offset(e, c, anchor.Reference, anchor.ReferenceInferred, "PAST_REF"), c, quarter),
            CandidateForm.Anchored => QuarterAgo(Offset(e, c, previous?.Date, previous?.Inferred ?? false, "XXXX"), c, quarter),
            CandidateForm.Duration => e with { Type = TimexType.Duration, Kind = DateKind.Partial, IsCalendar = false, Value = DurationValue(c.Count, c.Unit!, c.Half) },
            CandidateForm.Fuzzy => e with { Kind = DateKind.Relative, IsCalendar = false, Value = c.Period! },
            CandidateForm.Quarter => Quarter(e, c, anchor, future),
            CandidateForm.Holiday => Holiday(e, c, anchor, future),
            CandidateForm.Set => e with { Type = TimexType.Set, Kind = DateKind.Partial, IsCalendar = false, Value = SetValue(c) },
            CandidateForm.Clock => Clock(e, c, anchor),
            _ => e,
        };
        return c.Clock is { } clock && c.Form != CandidateForm.Clock
            ? resolved with { Type = TimexType.Time, Value = (resolved.Date?.ToString() ?? resolved.Value) + "T" + clock }
            : resolved;
    }

    /// <summary>The year of a month (and day) written without one, from the reference date.</summary>
    /// <remarks>In a future clause ("will open on January 15"), a date that would fall before the reference takes the year after;
    /// against a reference known only to its year, it is left open.</remarks>
    public static int? InferYear(int month, int? day, PartialDate? reference, bool future = false)
    {
        if (reference is not { } r || (future && r.Month is null))
        {
            // A month ahead of a reference known only to its year may fall in that year or the next.
            return null;
        }

        int year = r.Year;
        if (r.Month is not null && IsValid(year, month, day))
        {
            var candidate = new DateOnly(year, month, day ?? 1);
            if (future)
            {
                var end = new DateOnly(year, month, day ?? DateTime.DaysInMonth(year, month));
                if (end < r.Earliest.AddDays(-PastToleranceDaysInFuture))
                {
                    year++;
                }
            }
            else if (candidate > r.Earliest.AddMonths(FutureToleranceMonths))
            {
                year--;
            }
        }

        return IsValid(year, month, day) ? year : null;
    }

    private static bool IsValid(int year, int month, int? day) => PartialDate.IsValid(year, month, day);

    private static TemporalExpression Calendar(TemporalExpression e, TemporalCandidate c, TemporalAnchor anchor, bool future, int? documentYear)
    {
        DateFields f = c.Fields;
        e = e with { Written = f, Kind = f.IsComplete ? DateKind.Absolute : DateKind.Partial };
        if (f.Year is { } year)
        {
            var date = new PartialDate(year, f.Month, f.Month is null ? null : f.Day);
            string? season = f.Month is null ? CalendarWords.Season(c.Unit ?? "") : null;
            return e with { Date = date, Value = season is null ? date.ToString() : $"{date}-{season}" };
        }

        int month = f.Month!.Value;
        int? inferred = c.RelativeYear ? c.Relation switch
        {
            "last" => anchor.Reference?.Year - 1,
            "next" => anchor.Reference?.Year + 1,
            _ => anchor.Reference?.Year,
        } : c.Relation switch
        {
            "last" => LastMonthOf(month, anchor.Reference, strict: true),
            "next" => NextMonthOf(month, anchor.Reference),
            "this" => anchor.Reference?.Year,
            _ => documentYear ?? InferYear(month, f.Day, anchor.Reference, future),
        };
        if (c.Relation is not null)
        {
            e = e with { Kind = DateKind.Relative };
        }

        if (inferred is not { } y || !IsValid(y, month, f.Day))
        {
            string unresolved = f.Day is { } d ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{d:D2}") : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}");
            return e with { Value = unresolved };
        }

        var value = new PartialDate(y, month, f.Day);
        return e with { Date = value, Value = value.ToString(), Inferred = true };
    }

    private static int? LastMonthOf(int month, PartialDate? reference, bool strict)
    {
        if (reference is not { Month: { } rm } r)
        {
            return null;
        }

        return month < rm || (!strict && month == rm) ? r.Year : r.Year - 1;
    }

    private static int? NextMonthOf(int month, PartialDate? reference) =>
        reference is { Month: { } rm } r ? (month > rm ? r.Year : r.Year + 1) : null;

    private static TemporalExpression Weekday(TemporalExpression e, TemporalCandidate c, TemporalAnchor anchor, bool future)
    {
        DayOfWeek wd = c.Weekday!.Value;
        e = e with { Type = c.PartOfDay is null ? TimexType.Date : TimexType.Time };
        if (anchor.Reference?.ToDateOnly() is not { } r)
        {
            int iso = wd == DayOfWeek.Sunday ? 7 : (int)wd;
            return e with { Value = string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{iso}") + TimeSuffix(c.PartOfDay) };
        }

        int back = ((int)r.DayOfWeek - (int)wd + 7) % 7;
        int forward = ((int)wd - (int)r.DayOfWeek + 7) % 7;
        DateOnly day = c.Relation switch
        {
            "last" => r.AddDays(back == 0 ? -7 : -back),
            "next" => r.AddDays(forward == 0 ? 7 : forward),
            _ when future => r.AddDays(forward == 0 ? 7 : forward),
            _ => r.AddDays(-back),
        };
        PartialDate date = PartialDate.FromDate(day);
        return e with { Date = date, Value = date + TimeSuffix(c.PartOfDay), Inferred = anchor.ReferenceInferred };
    }

    private static TemporalExpression RelativeDay(TemporalExpression e, TemporalCandidate c, TemporalAnchor anchor)
    {
        e = e with { Type = c.PartOfDay is null ? TimexType.Date : TimexType.Time };
        if (anchor.Reference?.ToDateOnly() is not { } r)
        {
            return e with { Value = c.Count == 0 ? "PRESENT_REF" : "XXXX-XX-XX" };
        }

        PartialDate date = PartialDate.FromDate(r.AddDays(c.Count ?? 0));
        return e with { Date = date, Value = date + TimeSuffix(c.PartOfDay), Inferred = anchor.ReferenceInferred };
    }

    private static TemporalExpression RelativeUnit(TemporalExpression e, TemporalCandidate c, TemporalAnchor anchor, bool future)
    {
        int shift = c.Relation switch { "last" => -1, "next" => 1, _ => 0 };
        if (anchor.Reference is not { } r)
        {
            return e;
        }

        if (c.Relation == "the" && r.ToDateOnly() is { } day)
        {
            // "the weekend": the one now under way or just past, or the next in a future clause.
            shift = future || day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : -1;
        }

        e = e with { Inferred = anchor.ReferenceInferred };
        switch (c.Unit)
        {
            case "year":
                var year = new PartialDate(r.Year + shift);
                return e with { Date = year, Value = year.ToString() };
            case "month" when r.Month is not null:
                DateOnly m = r.Earliest.AddMonths(shift);
                var month = new PartialDate(m.Year, m.Month);
                return e with { Date = month, Value = month.ToString() };
            case "week" or "weekend" when r.Day is not null:
                DateOnly w = r.Earliest.AddDays(7 * shift);
                string week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(w.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(w.ToDateTime(TimeOnly.MinValue)):D2}");
                // A week or weekend has no calendar value of its own; when all its days lie in one month, that month is
                // what the text says of the date (as "last month" is), so the mention still places the event.
                DateOnly first = c.Unit == "weekend" ? w.AddDays(((int)DayOfWeek.Saturday - (int)w.DayOfWeek + 7) % 7 - (w.DayOfWeek == DayOfWeek.Sunday ? 7 : 0))
                    : w.AddDays(-(((int)w.DayOfWeek + 6) % 7));
                DateOnly lastDay = first.AddDays(c.Unit == "weekend" ? 1 : 6);
                PartialDate? within = first.Month == lastDay.Month ? new PartialDate(first.Year, first.Month) : null;
                return e with { Value = c.Unit == "weekend" ? week + "-WE" : week, Date = within };
            case "decade":
                return e with { Value = ((r.Year / 10) + shift).ToString(CultureInfo.InvariantCulture) };
            case "century":
                return e with { Value = ((r.Year / 100) + shift).ToString(CultureInfo.InvariantCulture) };
            default:
                return CalendarWords.Season(c.Unit ?? "") is { } season
                    ? e with { Value = string.Create(CultureInfo.InvariantCulture, $"{r.Year + shift:D4}-{season}") }
                    : e;
        }
    }

    /// <summary>"A year ago" or "a year earlier" after a quarter was named: that quarter, a year before ("1988-Q3"). The date keeps its year.</summary>
    private static TemporalExpression QuarterAgo(TemporalExpression e, TemporalCandidate c, TemporalExpression? quarter)
    {
        if (quarter is null || c.Unit != "year" || c.Count is not { } n || n == 0 || quarter.Value.Length < 7
            || !int.TryParse(quarter.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return e;
        }

        int back = c.Form == CandidateForm.Ago ? n : -n;
        return e with { Value = string.Create(CultureInfo.InvariantCulture, $"{year - back:D4}{quarter.Value[4..]}") };
    }

    /// <summary>A count of days, weeks, months or years from <paramref name="from"/>, at the precision the unit allows.</summary>
    private static TemporalExpression Offset(TemporalExpression e, TemporalCandidate c, PartialDate? from, bool fromInferred, string unresolved)
    {
        if (c.Count is not { } n || from is not { } f)
        {
            return e with { Value = unresolved };
        }

        long sign = c.Form == CandidateForm.Ago ? -1 : 1;
        PartialDate? date = c.Unit switch
        {
            "day" when f.HasDay => DaysFrom(f.Earliest, sign * n),
            "week" when f.HasDay => DaysFrom(f.Earliest, sign * 7 * n),
            "month" when f.HasMonth => MonthsFrom(f.Earliest, sign * n),
            "year" => YearOf(f.Year + (sign * n)),
            "decade" => YearOf(f.Year + (sign * 10 * n)),
            _ => null,
        };
        return date is { } d ? e with { Date = d, Value = d.ToString(), Inferred = fromInferred } : e with { Value = unresolved };
    }

    /// <summary>The day <paramref name="days"/> after <paramref name="from"/>, or null beyond the calendar ("9,000,000 days later").</summary>
    private static PartialDate? DaysFrom(DateOnly from, long days)
    {
        long n = from.DayNumber + days;
        return n >= DateOnly.MinValue.DayNumber && n <= DateOnly.MaxValue.DayNumber ? PartialDate.FromDate(DateOnly.FromDayNumber((int)n)) : null;
    }

    /// <summary>The month <paramref name="months"/> after the month of <paramref name="from"/>, or null beyond the calendar.</summary>
    private static PartialDate? MonthsFrom(DateOnly from, long months)
    {
        long index = (from.Year * 12L) + from.Month - 1 + months;
        return YearOf(index / 12) is { } year ? new PartialDate(year.Year, (int)(index % 12) + 1) : null;
    }

    private static PartialDate? YearOf(long year) => year is >= PartialDate.MinYear and <= PartialDate.MaxYear ? new PartialDate((int)year) : null;

    private static TemporalExpression Clock(TemporalExpression e, TemporalCandidate c, TemporalAnchor anchor)
    {
        string day = anchor.Reference is { HasDay: true } r ? r.ToString() : "XXXX-XX-XX";
        return e with { Type = TimexType.Time, IsCalendar = false, Value = day + "T" + c.Clock };
    }

    private static string TimeSuffix(string? partOfDay) => partOfDay is null ? "" : "T" + partOfDay;

    private static string DurationValue(int? count, string unit, bool half = false)
    {
        string n = count?.ToString(CultureInfo.InvariantCulture) ?? "X";
        if (half && count is { } c)
        {
            string? withHalf = unit switch
            {
                "year" => $"P{c}Y6M",
                "month" => $"P{c}M15D",
                "day" => $"P{c}DT12H",
                "hour" => $"PT{c}H30M",
                "minute" => $"PT{c}M30S",
                _ => null,
            };
            if (withHalf is not null)
            {
                return withHalf;
            }
        }

        return unit switch
        {
            "second" => $"PT{n}S",
            "minute" => $"PT{n}M",
            "hour" => $"PT{n}H",
            "day" => $"P{n}D",
            "week" => $"P{n}W",
            "month" => $"P{n}M",
            "quarter" => $"P{n}Q",
            "decade" => count is { } d ? string.Create(CultureInfo.InvariantCulture, $"P{10 * d}Y") : "PXDE",
            "century" => count is { } k ? string.Create(CultureInfo.InvariantCulture, $"P{100 * k}Y") : "PXCE",
            _ => $"P{n}Y",
        };
    }

    /// <summary>
    /// A holiday: the last one on or before the reference date ("last Thanksgiving" strictly before), or the
    /// next one in a future clause or after "next". Rule-based days: Thanksgiving (fourth Thursday of November),
    /// Election Day (the Tuesday after the first Monday of November), Labor Day (first Monday of September),
    /// Memorial Day (last Monday of May).
    /// </summary>
    private static TemporalExpression Holiday(TemporalExpression e, TemporalCandidate c, TemporalAnchor anchor, bool future)
    {
        if (anchor.Reference?.ToDateOnly() is not { } r)
        {
            return e with { Value = c.Fields.Day is { } d ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{c.Fields.Month:D2}-{d:D2}") : "XXXX" };
        }

        DateOnly On(int year) => c.Unit switch
        {
            var h when h!.StartsWith("thanksgiving", StringComparison.Ordinal) => Nth(year, 11, DayOfWeek.Thursday, 4),
            "election day" => Nth(year, 11, DayOfWeek.Monday, 1).AddDays(1),
            "labor day" => Nth(year, 9, DayOfWeek.Monday, 1),
            "memorial day" => Nth(year, 6, DayOfWeek.Monday, 1).AddDays(-7),
            _ => new DateOnly(year, c.Fields.Month!.Value, c.Fields.Day!.Value),
        };

        DateOnly day = On(r.Year);
        bool forward = c.Relation == "next" || (c.Relation is null && future);
        if (forward && day <= r)
        {
            day = On(r.Year + 1);
        }
        else if (!forward && c.Relation != "this" && (day > r || (c.Relation == "last" && day == r)))
        {
            day = On(r.Year - 1);
        }

        PartialDate date = PartialDate.FromDate(day);
        return e with { Date = date, Value = date.ToString(), Inferred = anchor.ReferenceInferred };
    }

    private static DateOnly Nth(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        int shift = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(shift + (7 * (n - 1)));
    }

    /// <summary>
    /// A quarter (or half) of a year. Without a written year, a numbered one ("the third quarter") is the one of
    /// the reference year, or of the year before when it has not begun yet (outside a future clause); "the quarter"
    /// and "the latest quarter" are the last one completed before the reference date; "the current quarter" the
    /// one the reference date is in. "Year-ago" takes the same quarter a year before.
    /// </summary>
    private static TemporalExpression Quarter(TemporalExpression e, TemporalCandidate c, TemporalAnchor anchor, bool future)
    {
        bool half = c.Unit == "half";
        int parts = half ? 2 : 4;
        char letter = half ? 'H' : 'Q';
        e = e with { IsCalendar = false, Kind = DateKind.Relative };
        int? year = c.Fields.Year;
        int? index = c.Count;
        if (anchor.Reference is { Month: { } month } r)
        {
            int current = ((month - 1) / (12 / parts)) + 1;
            if (index is null)
            {
                (int y, int i) = c.Relation == "current" ? (r.Year, current) : current == 1 ? (r.Year - 1, parts) : (r.Year, current - 1);
                year ??= y;
                index = i;
            }
            else if (year is null)
            {
                year = c.Relation == "year" ? r.Year : index > current && !future ? r.Year - 1 : r.Year;
            }

            e = e with { Inferred = anchor.ReferenceInferred };
        }

        year += c.YearShift;
        string y4 = year is { } yy ? yy.ToString("D4", CultureInfo.InvariantCulture) : "XXXX";
        string q = index?.ToString(CultureInfo.InvariantCulture) ?? "X";
        return e with { Value = $"{y4}-{letter}{q}" };
    }

    private static string SetValue(TemporalCandidate c)
    {
        if (c.Weekday is { } wd)
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{(wd == DayOfWeek.Sunday ? 7 : (int)wd)}");
        }

        return c.Unit switch
        {
            "morning" or "afternoon" or "evening" or "night" => "XXXX-XX-XXT" + CalendarWords.PartOfDay(c.Unit),
            "weekend" => "XXXX-WXX-WE",
            _ => DurationValue(c.Count ?? 1, c.Unit ?? "day"),
        };
    }
}
