namespace Crosscheck.Kinds.Dates;

/// <summary>The TIMEX3 types of TimeML (ISO-TimeML, TempEval-3).</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: "22 March 2024", "last year", "the 1990s".</summary>
    Date,

    /// <summary>A time of day, possibly on a date: "Friday night", "8 p.m.", "this morning".</summary>
    Time,

    /// <summary>A length of time: "two days", "18 months".</summary>
    Duration,

    /// <summary>A recurrence: "every Friday", "daily".</summary>
    Set,
}
