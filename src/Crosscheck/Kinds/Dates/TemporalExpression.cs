using Crosscheck.Model;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// A temporal expression found in a text, typed and valued as a TimeML TIMEX3.
/// </summary>
/// <param name="Span">The characters of the expression (without a governing preposition).</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value: "2024-03-22", "2024-03-22TNI", "2024-W12", "199", "P2D", "XXXX-03-07", "PAST_REF".</param>
/// <param name="Mod">The TIMEX3 mod ("START", "MID", "END") for "early", "mid", "late", else null.</param>
/// <param name="Kind">Whether the text gives the whole date, part of it, or a date relative to another.</param>
/// <param name="Date">The resolved calendar value of a DATE or TIME, null when unresolved or not a calendar value.</param>
/// <param name="Inferred">True when <see cref="Date"/> relies on an inferred year or an inferred reference date.</param>
/// <param name="Written">The calendar fields written in the text, for calendar expressions ("March 7" → month 3, day 7).</param>
/// <param name="IsCalendar">True when the expression names a day or period of the calendar (false for a bare clock time).</param>
/// <param name="FutureContext">True when the surrounding clause speaks of the future ("will … on Monday").</param>
public sealed record TemporalExpression(
    TextSpan Span,
    string Text,
    TimexType Type,
    string Value,
    string? Mod,
    DateKind Kind,
    PartialDate? Date,
    bool Inferred,
    DateFields Written,
    bool IsCalendar,
    bool FutureContext);
