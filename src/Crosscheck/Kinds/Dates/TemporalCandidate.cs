namespace Crosscheck.Kinds.Dates;

/// <summary>The shape of a recognized expression, which decides how it is resolved.</summary>
internal enum CandidateForm
{
    /// <summary>Written calendar fields: "22 March 2024", "March 7", "in 1999", "in March".</summary>
    Calendar,
    Decade,
    Weekday,

    /// <summary>A day counted from the reference date: yesterday (-1), today, tomorrow.</summary>
    RelativeDay,

    /// <summary>A week, month, year or season named relative to the reference: "last year", "this month".</summary>
    RelativeUnit,

    /// <summary>"two days ago".</summary>
    Ago,

    /// <summary>A day counted from the date mentioned before: "two days later", "the next day".</summary>
    Anchored,
    Duration,
    Set,
    Clock,

    /// <summary>"now", "recently", "the future": a TimeML reference value held in <see cref="TemporalCandidate.Period"/>.</summary>
    Fuzzy,

    /// <summary>A holiday: "Thanksgiving Day" (the name in <see cref="TemporalCandidate.Unit"/>).</summary>
    Holiday,

    /// <summary>A quarter or half of a year: "the third quarter", "the year-ago quarter", "the first half of 1989".</summary>
    Quarter,
}

/// <summary>A match of one pattern before overlaps are settled and values resolved.</summary>
internal sealed class TemporalCandidate
{
    public required int Start { get; set; }

    public required int End { get; init; }

    public required CandidateForm Form { get; init; }

    /// <summary>The rank of the pattern: on equal length, the lower one wins.</summary>
    public int Order { get; init; }

    public DateFields Fields { get; init; }

    /// <summary>"START", "MID" or "END".</summary>
    public string? Mod { get; set; }

    /// <summary>"last", "this", "next" (lower case), or null.</summary>
    public string? Relation { get; set; }

    /// <summary>For a month, <see cref="Relation"/> names its year ("June last year"), not the month itself ("last June").</summary>
    public bool RelativeYear { get; set; }

    /// <summary>"day", "week", "month", "year", "decade", "century", "hour", "minute", "second", "weekend", or a season word.</summary>
    public string? Unit { get; set; }

    /// <summary>Signed count: days for <see cref="CandidateForm.RelativeDay"/>, units for Ago and Anchored, a count for Duration/Set.</summary>
    public int? Count { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>TimeML part of day: MO, AF, EV, NI.</summary>
    public string? PartOfDay { get; init; }

    /// <summary>Decade or century digits as TimeML writes them ("199").</summary>
    public string? Period { get; init; }

    /// <summary>Clock time "HH:mm"; on a weekday or calendar date, the time of day it gives ("9 a.m. Tuesday").</summary>
    public string? Clock { get; set; }

    /// <summary>A duration's count is followed by "and a half" ("two and a half years", "5 1/2 hours").</summary>
    public bool Half { get; init; }

    /// <summary>Years to add to a quarter's year: -1 for "last year's" or "year-ago", +1 for "next year's".</summary>
    public int YearShift { get; init; }

    public int Length => End - Start;
}
