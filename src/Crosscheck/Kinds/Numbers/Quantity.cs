using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>A number recognized in text.</summary>
/// <param name="Span">The whole expression: qualifier, number, scale and unit ("more than 6,000", "$1.5 million").</param>
/// <param name="NumberSpan">The number itself ("6,000", "1.5 million", "eleven").</param>
/// <param name="Text">The text of <paramref name="Span"/>.</param>
/// <param name="Value">The value (the lower end of a range; 0.333… for "a third").</param>
/// <param name="High">The upper end of a range ("5-10", "between 5 and 10"), else null.</param>
/// <param name="Qualifier">How the value bounds the amount ("at least", "about", …).</param>
/// <param name="Kind">What sort of number it is.</param>
/// <param name="Unit">The unit ("%", "USD", "hour", "km"), null for counts.</param>
/// <param name="UnitKind">The unit's dimension ("percent", "money", "duration", "length", …), null for counts.</param>
/// <param name="IsVague">True for "dozens", "scores", "hundreds": the value is a rough lower bound.</param>
public sealed record Quantity(
    TextSpan Span,
    TextSpan NumberSpan,
    string Text,
    double Value,
    double? High,
    Qualifier Qualifier,
    QuantityKind Kind,
    string? Unit,
    string? UnitKind,
    bool IsVague)
{
    /// <summary>True for counts and amounts (not years, dates, times, ordinals, ages or labels).</summary>
    public bool IsAmount => Kind is QuantityKind.Count or QuantityKind.Percent or QuantityKind.Money or QuantityKind.Measurement or QuantityKind.Fraction;

    public bool IsRange => High is not null;

    /// <summary>
    /// The qualifier as the text writes it: <see cref="Qualifier"/> without the "at least" that a range or a vague
    /// word implies ("20-24" is written exact; its <see cref="Qualifier"/> is at least).
    /// </summary>
    public Qualifier WrittenQualifier { get; init; }

    /// <summary>The amount a change started from: "from 240" for "273" in "jumped from 240 to 273"; null otherwise.</summary>
    public Quantity? From { get; init; }

    /// <summary>
    /// For a vague word, the unit it counts in: 12 for "dozens", 1,000 for "thousands", 10,000 for "tens of
    /// thousands" (the amount is that unit times some number from 2 to 9 or so); null otherwise.
    /// </summary>
    public double? VagueMagnitude { get; init; }

    /// <summary>Whether the text says the amount is a rise or a fall ("rose 5%", "down 2.3%", "+0.8%").</summary>
    public QuantityDirection Direction { get; init; }
}
