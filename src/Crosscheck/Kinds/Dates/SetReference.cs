using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// The reference dates of a set in which no document carries a publication date, inferred from what the texts
/// write: the articles of one story were written in the same days, after the past events they date.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item><b>Year.</b> The latest year the texts write for a past event ("in 2014", "May 29, 2014", "December
/// 2013"): a report is written in or after the years it looks back on. "Since 2007" is left out (it says only that
/// the period runs on to a later year), and so are deadlines ("by 2016") and years used as modifiers ("his 2005
/// book").</item>
/// <item><b>Year of month-days written without one.</b> A month-day ("Feb. 22") and a weekday ("on Sunday") close
/// together in one paragraph most often name one day: among the latest year and the three after it,
/// the year in which the most such documents' month-days fall on one of their weekdays is taken. On a tie or
/// without such evidence, the latest year; but a year the texts name for what is still planned ("planning … a 2020
/// tour", "the upcoming 2021 vote") has not come yet, and is most often the next one: the month-days then fall in
/// the year before it, when that is not before the latest year. A deadline ("by 2030") is no such year: it may lie
/// years ahead.</item>
/// <item><b>Current year.</b> A year in a present-perfect clause ("we have seen more floods in 2019", "has risen so far in
/// 2019") is the year of writing: English does not join the present perfect to a past time ("*has risen in 2010").
/// With no date written in that year, it is the anchor, at year precision: it resolves "this year", "last year" and
/// "next year", not "last month" or "on Tuesday".</item>
/// <item><b>Anchor.</b> The latest past date the set writes (with the month-days in that year), moved up to the
/// start of a later month written alone in a past clause ("In August, …") at month precision. With no date
/// written in the latest year, there is no anchor (unless the current year is known, above): a year alone is as
/// often background as the present.</item>
/// <item><b>Each document.</b> The anchor, moved up by up to six days so that the weekdays the document names
/// lie closest to the anchor (a day after it counting double, as reports tell more often of the days up to the
/// latest date they write): "on March 3 (a Sunday) …; on Monday" puts "Monday" on the 4th, not six days before. A
/// document whose own latest full date lies more than <see cref="UnrelatedDays"/> days before the anchor is
/// left to its own dates (a set of unrelated articles is not all dated to one day).</item>
/// </list>
/// </remarks>
internal static partial class SetReference
{
    /// <summary>A document whose own latest full date is this much older than the anchor is not of the same days.</summary>
    public const int UnrelatedDays = 60;

    private const int YearsAhead = 3;

    /// <summary>How close (in characters, within one paragraph) a month-day and a weekday must be to count as naming one day.</summary>
    private const int PairDistance = 200;

    /// <summary>The inferred reference of each document with how it was found, null where the set says nothing (or the document is unrelated).</summary>
    public static InferredReference?[] Infer(IReadOnlyList<string> texts)
    {
        Clues[] clues = new Clues[texts.Count];
        Parallel.For(0, texts.Count, i => clues[i] = Read(texts[i]));
        var result = new InferredReference?[texts.Count];
        if (clues.Select(c => c.LatestYear).Max() is not { } latestYear)
        {
            return result;
        }

        int? currentYear = clues.Select(c => c.CurrentYear).Max();
        int? planned = clues.SelectMany(c => c.PlannedYears).Where(p => p > latestYear).Cast<int?>().Min();
        (int year, string yearBasis) = YearOfMonthDays(clues, latestYear, planned);
        PartialDate? anchor = null;
        bool anchorYearless = false;
        foreach (Clues c in clues)
        {
            foreach (PartialDate d in c.Dated)
            {
                (anchor, anchorYearless) = anchor is { } x && x.CompareTo(d) >= 0 ? (x, anchorYearless) : (d, false);
            }

            foreach ((int month, int day) in c.MonthDays)
            {
                if (day > DateTime.DaysInMonth(year, month))
                {
                    continue;
                }

                var d = new PartialDate(year, month, day);
                if (anchor is not { } x || x.CompareTo(d) < 0)
                {
                    (anchor, anchorYearless) = (d, true);
                }
            }
        }

        // A year alone is no anchor: the latest year a text names is as often a background year ("the capsule was
        // placed in 1901") as the year it was written in.
        if (anchor is not { } a || a.Year < latestYear || a.Year < currentYear)
        {
            if (currentYear is { } current && current >= latestYear)
            {
                Array.Fill(result, new InferredReference(new PartialDate(current), string.Create(CultureInfo.InvariantCulture,
                    $"no publication date in the set: {current} is written in a present-perfect clause, so it is the year of writing")));
            }

            return result;
        }

        PartialDate written = a;
        foreach (Clues c in clues)
        {
            foreach (int month in c.Months)
            {
                if (a.HasMonth && a.Year == year && month > a.Month)
                {
                    a = new PartialDate(year, month);
                }
            }
        }

        string basis = string.Create(CultureInfo.InvariantCulture, $"no publication date in the set: the latest date the texts write, {written}")
            + (anchorYearless ? $" ({yearBasis})" : "")
            + (a != written ? string.Create(CultureInfo.InvariantCulture, $", moved to {a}, a later month written alone in a past clause") : "");

        for (int i = 0; i < clues.Length; i++)
        {
            PartialDate? ownFull = clues[i].Dated.Where(d => d.HasDay).Cast<PartialDate?>().Max();
            if (ownFull is { } f && written.HasMonth && f.Latest < written.Earliest.AddDays(-UnrelatedDays))
            {
                continue;
            }

            if (a.ToDateOnly() is not { } day)
            {
                result[i] = new InferredReference(a, basis);
                continue;
            }

            DateOnly own = Closest(day, clues[i].Weekdays);
            result[i] = new InferredReference(PartialDate.FromDate(own), own == day ? basis
                : string.Create(CultureInfo.InvariantCulture, $"{basis}, moved {own.DayNumber - day.DayNumber} day(s) on so that the weekdays this text names fall nearest to it"));
        }

        return result;
    }

    /// <summary>The day on or up to six days after <paramref name="anchor"/> that puts the weekdays named nearest to the anchor.</summary>
    private static DateOnly Closest(DateOnly anchor, List<DayOfWeek> weekdays)
    {
        DateOnly best = anchor;
        int bestCost = int.MaxValue;
        for (int k = 0; k < 7; k++)
        {
            DateOnly r = anchor.AddDays(k);
            int cost = 0;
            foreach (DayOfWeek wd in weekdays)
            {
                int back = ((int)r.DayOfWeek - (int)wd + 7) % 7;
                int offset = r.AddDays(-back).DayNumber - anchor.DayNumber;

                // A day after the latest date written counts double: the texts tell more often of the days up to it.
                cost += offset > 0 ? 2 * offset : -offset;
            }

            if (cost < bestCost)
            {
                (best, bestCost) = (r, cost);
            }
        }

        return best;
    }

    /// <summary>The year of the month-days written without one: by their weekdays, else the year before a planned year, else the latest year; and why.</summary>
    private static (int Year, string Basis) YearOfMonthDays(Clues[] clues, int latestYear, int? planned)
    {
        int last = Math.Min(latestYear + YearsAhead, (planned ?? int.MaxValue) - 1);
        int best = planned is { } p && p - 1 <= last ? p - 1 : latestYear, bestScore = 0;
        string basis = best == latestYear
            ? string.Create(CultureInfo.InvariantCulture, $"month-days without a year put in {latestYear}, the latest year written for a past event")
            : string.Create(CultureInfo.InvariantCulture, $"month-days without a year put in {best}, the year before {planned}, a year named for a plan");
        for (int y = latestYear; y <= last; y++)
        {
            int score = clues.Count(c => c.Pairs.Any(p => p.Day <= DateTime.DaysInMonth(y, p.Month) && new DateOnly(y, p.Month, p.Day).DayOfWeek == p.Weekday));
            if (score > bestScore)
            {
                (best, bestScore, basis) = (y, score, string.Create(CultureInfo.InvariantCulture,
                    $"month-days without a year put in {y}, where they fall on the weekdays written beside them"));
            }
        }

        return (best, basis);
    }


    /// <summary>What one text writes in past clauses: dates with a year, years, month-days and months without one, weekdays.</summary>
    /// <param name="CurrentYear">The latest year written in a present-perfect clause: the year of writing.</param>
    /// <param name="PlannedYears">Years written alone in a future clause: not yet come.</param>
    private sealed record Clues(
        List<PartialDate> Dated, int? LatestYear, List<(int Month, int Day)> MonthDays, List<int> Months, List<DayOfWeek> Weekdays,
        List<(int Month, int Day, DayOfWeek Weekday)> Pairs, int? CurrentYear, List<int> PlannedYears);

    private static Clues Read(string text)
    {
        List<PartialDate> dated = [];
        List<(int, int)> monthDays = [];
        List<int> months = [];
        List<DayOfWeek> weekdays = [];
        List<(int Month, int Day, int At)> monthDayAt = [];
        List<(DayOfWeek Weekday, int At)> weekdayAt = [];
        int? latestYear = null, currentYear = null;
        List<int> planned = [];
        foreach (TemporalExpression e in TemporalRecognizer.Recognize(text, TemporalAnchor.None))
        {
            if (e is { FutureContext: true, IsCalendar: true, Kind: DateKind.Partial, Written: { Year: { } py, Month: null } }
                && !DeadlineBefore().IsMatch(text.AsSpan(Math.Max(0, e.Span.Start - 16), Math.Min(16, e.Span.Start))))
            {
                planned.Add(py);
            }

            if (e.FutureContext || !e.IsCalendar)
            {
                continue;
            }

            if (e.Written is { Year: { } y } w && e.Kind is DateKind.Absolute or DateKind.Partial && y is >= 1900 and <= 2100)
            {
                ReadOnlySpan<char> before = text.AsSpan(Math.Max(0, e.Span.Start - 16), Math.Min(16, e.Span.Start));
                if (!SinceBefore().IsMatch(before) && w.Month is null && PresentPerfect(text, e.Span))
                {
                    currentYear = Math.Max(currentYear ?? 0, y);
                }

                if (!SinceBefore().IsMatch(before) && (w.Month is not null || PastYearBefore().IsMatch(before)))
                {
                    latestYear = Math.Max(latestYear ?? 0, y);
                    if (w.Month is not null)
                    {
                        dated.Add(w.ToPartialDate()!.Value);
                    }
                }
            }
            else if (e.Written is { Year: null, Month: { } m } wm && e.Kind == DateKind.Partial)
            {
                if (wm.Day is { } d)
                {
                    monthDays.Add((m, d));
                    monthDayAt.Add((m, d, e.Span.Start));
                    if (WeekdayName().Match(e.Text) is { Success: true } name)
                    {
                        // "Sunday, March 3": the weekday is written with its date.
                        weekdayAt.Add((Enum.Parse<DayOfWeek>(name.Groups[1].Value, ignoreCase: true), e.Span.Start));
                    }
                }
                else
                {
                    months.Add(m);
                }
            }
            else if (WeekdayValue().Match(e.Value) is { Success: true } wd && !RelationWord().IsMatch(e.Text))
            {
                int iso = wd.Groups[1].Value[0] - '0';
                weekdays.Add(iso == 7 ? DayOfWeek.Sunday : (DayOfWeek)iso);
                weekdayAt.Add((weekdays[^1], e.Span.Start));
            }
        }

        // A month-day and a weekday of one paragraph, close together ("PORTVILLE, Feb. 22 -- … on Sunday"), likely name one day.
        List<(int, int, DayOfWeek)> pairs = [.. from md in monthDayAt
                                               from wd in weekdayAt
                                               let lo = Math.Min(md.At, wd.At)
                                               let hi = Math.Max(md.At, wd.At)
                                               where hi - lo <= PairDistance && !text.AsSpan(lo, hi - lo).Contains('\n')
                                               select (md.Month, md.Day, wd.Weekday)];
        return new Clues(dated, latestYear, monthDays, months, weekdays, pairs, currentYear, planned);
    }

    /// <summary>
    /// True when the year stands in a present-perfect clause: "has/have … in 2019" a few words before it, in one
    /// sentence ("we've seen more floods in 2019"), or "so far" right beside it ("so far in 2019", "in 2019 so far").
    /// </summary>
    private static bool PresentPerfect(string text, TextSpan span)
    {
        int from = span.Start;
        while (from > 0 && span.Start - from < PerfectLookBehind && !SentenceBreaks.IsBreak(text, from - 1))
        {
            from--;
        }

        ReadOnlySpan<char> after = text.AsSpan(span.End, Math.Min(10, text.Length - span.End));
        return PerfectBefore().IsMatch(text.AsSpan(from, span.Start - from)) || SoFarAfter().IsMatch(after);
    }

    private const int PerfectLookBehind = 50;

    // "have/has/'ve" + a participle and at most two more words + "in/during/throughout" (+ "so far"), up to the year. Not
    // the perfect infinitive, which does take a past time ("is believed to have moved abroad in 2012").
    [GeneratedRegex(@"(?:(?<!\bto\s+)\b(?:has|have)|[’']ve)\s+(?:\w+\s+){1,3}?(?:so\s+far\s+)?(?:in|during|throughout)\s+$|\bso\s+far\s+in\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PerfectBefore();

    [GeneratedRegex(@"^,?\s+so\s+far\b", RegexOptions.IgnoreCase)]
    private static partial Regex SoFarAfter();

    [GeneratedRegex(@"\bsince\s+(?:early\s+|late\s+|mid-?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceBefore();

    // "by 2017", "before 2020": a deadline bounds a plan without dating it, and may lie years ahead.
    [GeneratedRegex(@"\b(?:by|before|until|till|through|ahead\s+of)\s+(?:the\s+end\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBefore();

    // "in 2014", "during 2013", "early 2014": a year the text places a past event in. A bare or attributive year
    // ("his 2005 book", "2048 x 1536") and a deadline ("by 2016") are left out.
    [GeneratedRegex(@"\b(?:in|during|of|throughout|early|late|mid-?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PastYearBefore();

    [GeneratedRegex(@"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayName();

    [GeneratedRegex(@"^XXXX-WXX-([1-7])")]
    private static partial Regex WeekdayValue();

    [GeneratedRegex(@"^(?:last|next|this|coming|past)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelationWord();
}
