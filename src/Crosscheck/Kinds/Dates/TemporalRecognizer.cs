using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// Finds temporal expressions in English text and values them as TimeML TIMEX3s (DATE, TIME, DURATION,
/// SET), resolving relative ones against an anchor (the document's reference date).
/// Pure and thread-safe: the same text and anchor always give the same result.
/// </summary>
/// <remarks>
/// Every pattern proposes candidates; overlaps are settled longest first; the survivors are resolved
/// left to right, so that "two days later" can count from the date mentioned before it.
/// Resolution follows news conventions, see <see cref="TemporalResolver"/>.
/// </remarks>
public static partial class TemporalRecognizer
{
    private static readonly (Func<Regex> Pattern, Func<Match, int, TemporalCandidate?> Build)[] Patterns =
    [
        (TemporalPatterns.IsoDate, Calendar),
        (TemporalPatterns.DayMonthYear, Calendar),
        (TemporalPatterns.MonthDayYear, Calendar),
        (TemporalPatterns.MonthYear, Calendar),
        (TemporalPatterns.MonthAlone, MonthAlone),
        (TemporalPatterns.PrepositionYear, Calendar),
        (TemporalPatterns.ModifiedYear, Calendar),
        (TemporalPatterns.RangeEndYear, Calendar),
        (TemporalPatterns.PossessiveYear, Calendar),
        (TemporalPatterns.Decade, Decade),
        (TemporalPatterns.WeekdayExpression, WeekdayExpression),
        (TemporalPatterns.RelativeDay, RelativeDay),
        (TemporalPatterns.RelativePartOfDay, RelativePartOfDay),
        (TemporalPatterns.RelativeUnit, RelativeUnit),
        (TemporalPatterns.Ago, Ago),
        (TemporalPatterns.AnchoredOffset, AnchoredOffset),
        (TemporalPatterns.AnchoredDay, AnchoredDay),
        (TemporalPatterns.Set, Set),
        (TemporalPatterns.Duration, Duration),
        (TemporalPatterns.ClockTime, Clock),
        (TemporalPatterns.TheDuration, Duration),
        (TemporalPatterns.Fuzzy, Fuzzy),
        (TemporalPatterns.Quarter, Quarter),
        (TemporalPatterns.BareYear, BareYear),
        (TemporalPatterns.BareUnits, Duration),
        (TemporalPatterns.RecentUnits, Duration),
        (TemporalPatterns.TheWeekend, TheWeekend),
        (TemporalPatterns.SpelledYear, SpelledYear),
        (TemporalPatterns.BareMonth, MonthAlone),
        (TemporalPatterns.Century, Century),
        (TemporalPatterns.AnchoredUnit, AnchoredUnit),
        (TemporalPatterns.EdgeOfUnit, RelativeUnit),
        (TemporalPatterns.Holiday, Holiday),
    ];

    /// <summary>The years a reference date may have: far enough from the calendar's ends for a year's or a few months' arithmetic.</summary>
    private const int MinAnchorYear = PartialDate.MinYear + 10;

    /// <inheritdoc cref="MinAnchorYear"/>
    private const int MaxAnchorYear = PartialDate.MaxYear - 10;

    /// <summary>The patterns of written calendar dates come first in <see cref="Patterns"/>; this many.</summary>
    private const int CalendarPatternCount = 9;

    /// <summary>All temporal expressions of <paramref name="text"/>, in text order, resolved against <paramref name="anchor"/>.</summary>
    public static IReadOnlyList<TemporalExpression> Recognize(string text, TemporalAnchor anchor) => Recognize(text, anchor, Patterns.Length);

    /// <summary>
    /// Only the dates written with calendar fields ("22 March 2024", "Mar 28", "in 1999"), faster than
    /// <see cref="Recognize(string, TemporalAnchor)"/> for callers that need nothing else.
    /// </summary>
    public static IReadOnlyList<TemporalExpression> RecognizeCalendarDates(string text) => Recognize(text, TemporalAnchor.None, CalendarPatternCount);

    /// <summary>The dates written with calendar fields, those without a year resolved against <paramref name="anchor"/>.</summary>
    public static IReadOnlyList<TemporalExpression> RecognizeCalendarDates(string text, TemporalAnchor anchor) => Recognize(text, anchor, CalendarPatternCount);

    private static IReadOnlyList<TemporalExpression> Recognize(string text, TemporalAnchor anchor, int patternCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (anchor.Reference is { Year: < MinAnchorYear or > MaxAnchorYear })
        {
            // A reference at the edge of the calendar ("0001-01-01") would carry "last week" or "next year" past it.
            anchor = TemporalAnchor.None;
        }

        List<TemporalCandidate> candidates = [];
        for (int order = 0; order < patternCount; order++)
        {
            var (pattern, build) = Patterns[order];
            for (Match m = pattern().Match(text); m.Success; m = m.NextMatch())
            {
                if (build(m, order) is { Length: > 0 } candidate)
                {
                    candidates.Add(candidate);
                }
            }
        }

        List<TemporalCandidate> chosen = TemporalComposer.Compose(text, SelectLongest(candidates));
        chosen.RemoveAll(c => DateNames.StartsName(text, c));
        var results = new List<TemporalExpression>(chosen.Count);
        var years = new DocumentYears(text, chosen);
        TemporalExpression? previous = null;
        TemporalExpression? quarter = null;
        foreach (TemporalCandidate c in chosen)
        {
            bool future = TemporalContext.IsFuture(text, c.Start, c.End);
            int? year = years.YearFor(c, anchor.Reference, future);
            years.Observe(c, future);
            TemporalExpression e = TemporalResolver.Resolve(c, text, anchor, future, previous, year, quarter);
            if (c.Form == CandidateForm.Quarter && e.Value.Contains("-Q", StringComparison.Ordinal) && !e.Value.StartsWith('X'))
            {
                quarter = e;
            }

            results.Add(e);
            if (e.Date is not null && e.IsCalendar)
            {
                previous = e;
            }
        }

        return results;
    }

    /// <summary>Keeps the longest of overlapping candidates (the earlier pattern on a tie), in text order.</summary>
    private static List<TemporalCandidate> SelectLongest(List<TemporalCandidate> candidates)
    {
        candidates.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Start.CompareTo(b.Start));
        List<TemporalCandidate> chosen = [];
        foreach (TemporalCandidate c in candidates)
        {
            if (!chosen.Exists(k => c.Start < k.End && k.Start < c.End))
            {
                chosen.Add(c);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>The "x" group, else the match, extended left to the earliest of <paramref name="startGroups"/> that matched.</summary>
    private static (int Start, int End) SpanOf(Match m, params ReadOnlySpan<string> startGroups)
    {
        (int start, int end) = m.Groups["x"] is { Success: true } x ? (x.Index, x.Index + x.Length) : (m.Index, m.Index + m.Length);
        foreach (string name in startGroups)
        {
            if (m.Groups[name] is { Success: true } g && g.Index < start)
            {
                start = g.Index;
            }
        }

        return (start, end);
    }

    private static int? IntOf(Group g) => g.Success && int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static TemporalCandidate? Calendar(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        Group mon = m.Groups["mon"];
        int? month = mon.Success ? IntOf(mon) ?? CalendarWords.Month(mon.Value) : null;
        Group mod = m.Groups["mod"];
        if (mod.Success && mod.Index < start)
        {
            start = mod.Index;
        }

        int? day = IntOf(m.Groups["day"]);
        int? year = IntOf(m.Groups["year"]);
        if (year is < 1000 or > 2100 || (day is { } d && (month is null || d > MaxDay(month.Value, year))))
        {
            return null;
        }

        return new TemporalCandidate
        {
            Start = start,
            End = TrimEnd(m, end),
            Form = CandidateForm.Calendar,
            Order = order,
            Fields = new DateFields(year, month, day),
            Mod = mod.Success ? CalendarWords.Mod(mod.Value) : null,
        };
    }

    /// <summary>A month alone keeps "last"/"this"/"next" and "early"/"mid"/"late" in its span, not a preposition.</summary>
    private static TemporalCandidate? MonthAlone(Match m, int order)
    {
        Group pre = m.Groups["pre"], mod = m.Groups["mod"], mon = m.Groups["mon"];
        string p = pre.Value.ToLowerInvariant();
        bool keepsPre = p is "last" or "this" or "next" || CalendarWords.Mod(p) is not null && !p.Contains(' ', StringComparison.Ordinal);
        int start = keepsPre ? pre.Index : mod.Success ? mod.Index : mon.Index;
        string? modWord = mod.Success ? mod.Value : CalendarWords.Mod(p) is not null ? p : null;
        return new TemporalCandidate
        {
            Start = start,
            End = TrimEnd(m, m.Index + m.Length),
            Form = CandidateForm.Calendar,
            Order = order,
            Fields = new DateFields(null, CalendarWords.Month(mon.Value), null),
            Mod = CalendarWords.Mod(modWord),
            Relation = p is "last" or "this" or "next" ? p : null,
        };
    }

    private static TemporalCandidate? Decade(Match m, int order)
    {
        var (start, end) = SpanOf(m, "the", "mod");
        string period = m.Groups["dec"].Success ? m.Groups["dec"].Value[..3] : "19" + m.Groups["dec2"].Value[..1];
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.Decade,
            Order = order,
            Period = period,
            Mod = CalendarWords.Mod(m.Groups["mod"].Value),
        };
    }

    private static TemporalCandidate WeekdayExpression(Match m, int order)
    {
        Group rel = m.Groups["rel"], mod = m.Groups["mod"], wd = m.Groups["wd"], pod = m.Groups["pod"];
        int start = rel.Success ? rel.Index : mod.Success ? mod.Index : wd.Index;
        int end = pod.Success ? pod.Index + pod.Length : wd.Index + wd.Length;
        string? relation = rel.Success ? rel.Value.ToLowerInvariant() switch { "past" => "last", "coming" => "next", var r => r } : null;
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.Weekday,
            Order = order,
            Weekday = CalendarWords.Weekday(wd.Value),
            Relation = relation,
            Mod = CalendarWords.Mod(mod.Value),
            PartOfDay = pod.Success ? CalendarWords.PartOfDay(pod.Value) : null,
        };
    }

    private static TemporalCandidate RelativeDay(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        string w = Regex.Replace(m.Groups["w"].Value.ToLowerInvariant(), @"\s+", " ");
        Group pod = m.Groups["pod"];
        int offset = w switch
        {
            "the day before yesterday" => -2,
            "the day after tomorrow" => 2,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.RelativeDay,
            Order = order,
            Count = offset,
            PartOfDay = pod.Success ? CalendarWords.PartOfDay(pod.Value) : w == "tonight" ? "NI" : null,
        };
    }

    private static TemporalCandidate RelativePartOfDay(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        bool last = m.Groups["rel"].Value.Equals("last", StringComparison.OrdinalIgnoreCase);
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.RelativeDay,
            Order = order,
            Count = last ? -1 : 0,
            PartOfDay = CalendarWords.PartOfDay(m.Groups["pod"].Value),
        };
    }

    private static TemporalCandidate RelativeUnit(Match m, int order)
    {
        var (start, end) = SpanOf(m, "edge", "the");
        string relation = m.Groups["rel"].Success
            ? Regex.Replace(m.Groups["rel"].Value.ToLowerInvariant(), @"\s+", " ") switch { "previous" or "past" or "this past" => "last", "coming" => "next", var r => r }
            : "this";
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.RelativeUnit,
            Order = order,
            Relation = relation,
            Unit = m.Groups["unit"].Value.ToLowerInvariant(),
            Mod = CalendarWords.Mod(m.Groups["edge"].Value),
        };
    }

    private static TemporalCandidate Ago(Match m, int order)
    {
        var (start, end) = SpanOf(m, "q", "n", "unit");
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.Ago,
            Order = order,
            Unit = Singular(m.Groups["unit"].Value),
            Count = m.Groups["n"].Success ? CalendarWords.Number(m.Groups["n"].Value) : null,
        };
    }

    private static TemporalCandidate? AnchoredOffset(Match m, int order)
    {
        var (start, end) = SpanOf(m, "n", "unit");
        int? n = CalendarWords.Number(m.Groups["n"].Value);
        if (n is null)
        {
            return null;
        }

        bool back = m.Groups["dir"].Value.ToLowerInvariant() is "earlier" or "before";
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.Anchored,
            Order = order,
            Unit = Singular(m.Groups["unit"].Value),
            Count = back ? -n : n,
        };
    }

    private static TemporalCandidate AnchoredDay(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        string w = m.Groups["w"].Value.ToLowerInvariant();
        int offset = w.Contains("next", StringComparison.Ordinal) || w.Contains("following", StringComparison.Ordinal) || w.EndsWith("after", StringComparison.Ordinal) ? 1
            : w.Contains("previous", StringComparison.Ordinal) || w.EndsWith("before", StringComparison.Ordinal) ? -1
            : 0;
        return new TemporalCandidate { Start = start, End = end, Form = CandidateForm.Anchored, Order = order, Unit = "day", Count = offset };
    }

    private static TemporalCandidate Duration(Match m, int order)
    {
        var (start, end) = SpanOf(m, "pre", "range", "n");
        string n = Regex.Replace(m.Groups["n"].Value.ToLowerInvariant(), @"\s+", " ");
        bool half = m.Groups["half"].Success || n.EndsWith("half", StringComparison.Ordinal) || n.EndsWith("1/2", StringComparison.Ordinal) || n.EndsWith(".5", StringComparison.Ordinal);
        string whole = Regex.Replace(n, @"(\s+(and\s+)?(a\s+)?half|\s+1/2|\.5)$", "");
        int? count = whole.StartsWith("a couple", StringComparison.Ordinal) || whole.StartsWith("couple", StringComparison.Ordinal) ? 2 : CalendarWords.Number(whole);
        return new TemporalCandidate
        {
            Start = start,
            End = TrimEnd(m, end),
            Form = CandidateForm.Duration,
            Order = order,
            Unit = Singular(m.Groups["unit"].Value),
            Count = count,
            Half = half && count is not null,
        };
    }

    private static TemporalCandidate Set(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        Group adv = m.Groups["adv"], wd = m.Groups["wd"], n = m.Groups["n"];
        string unit = adv.Success
            ? adv.Value.ToLowerInvariant() switch { "daily" or "nightly" => "day", "weekly" => "week", "monthly" => "month", "hourly" => "hour", _ => "year" }
            : wd.Success ? "weekday" : Singular(m.Groups["unit"].Value);
        int count = n.Success ? n.Value.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : CalendarWords.Number(n.Value) ?? 1 : 1;
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.Set,
            Order = order,
            Unit = unit,
            Count = count,
            Weekday = wd.Success ? CalendarWords.Weekday(wd.Value) : null,
        };
    }

    private static TemporalCandidate Clock(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        string clock;
        if (m.Groups["named"].Success)
        {
            clock = m.Groups["named"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? "24:00" : "12:00";
        }
        else
        {
            int hour = IntOf(m.Groups["h"]) ?? IntOf(m.Groups["h24"]) ?? 0;
            if (m.Groups["ap"].Success)
            {
                bool pm = char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }

            clock = string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{IntOf(m.Groups["min"]) ?? 0:D2}");
        }

        return new TemporalCandidate { Start = start, End = end, Form = CandidateForm.Clock, Order = order, Clock = clock };
    }

    private static string Singular(string unit)
    {
        string u = unit.ToLowerInvariant();
        return u == "centuries" ? "century" : u.EndsWith('s') ? u[..^1] : u;
    }

    /// <summary>Drops trailing spaces and commas a pattern may have taken.</summary>
    private static int TrimEnd(Match m, int end)
    {
        string v = m.Value;
        int e = end;
        while (e > m.Index && (char.IsWhiteSpace(v[e - m.Index - 1]) || v[e - m.Index - 1] == ','))
        {
            e--;
        }

        return e;
    }

    private static int MaxDay(int month, int? year) => year is { } y ? DateTime.DaysInMonth(y, month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
}
