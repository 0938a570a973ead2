namespace Crosscheck.Kinds.Numbers;

/// <summary>What a number in text is: a count, a quantity with a unit, or something that is not an amount.</summary>
public enum QuantityKind
{
    /// <summary>A bare count of things ("13 soldiers", "eleven people", "dozens").</summary>
    Count,

    /// <summary>A percentage ("30%", "12 per cent").</summary>
    Percent,

    /// <summary>An amount of money ("$5 million", "300 roubles").</summary>
    Money,

    /// <summary>A physical or time measurement with a unit ("12 miles", "52 hours").</summary>
    Measurement,

    /// <summary>A part of a whole ("a third", "two-thirds of").</summary>
    Fraction,

    /// <summary>A calendar year ("in 2004").</summary>
    Year,

    /// <summary>A decade ("the 1990s").</summary>
    Decade,

    /// <summary>A day of a month ("March 7", "22 March 2024").</summary>
    Date,

    /// <summary>A clock time ("10 p.m.", "18:30").</summary>
    Time,

    /// <summary>An ordinal ("26th", "second").</summary>
    Ordinal,

    /// <summary>An age ("a 19-year-old", "aged 19").</summary>
    Age,

    /// <summary>A number used as a name or label ("Brief #134", "Flight 370", "9/11").</summary>
    Identifier,
}
