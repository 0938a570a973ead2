using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// The values a figure allows: exact [v,v], at least [v,∞), more than (v,∞), about [0.9v,1.1v],
/// nearly [0.9v,v], up to / at most [0,v], fewer than [0,v). Vague words ("dozens") are lower bounds [v,∞).
/// A range ("20-24", "five or 10", "between 5 and 10") is [low, high], widened by "about"/"nearly" and cut at 0
/// by "up to"; its qualifier (at least, by default) is only what a reader of the single value may rely on.
/// </summary>
public readonly record struct NumberInterval(double Low, bool LowOpen, double High, bool HighOpen)
{
    public static NumberInterval Of(NumberMention n) =>
        n.ValueHigh is { } high ? Range(n.Value, high, n.Qualifier)
        : n.IsVague ? new(n.Value, false, double.PositiveInfinity, true)
        : Of(n.Value, n.Qualifier);

    public static NumberInterval Range(double low, double high, Qualifier q) => q switch
    {
        Qualifier.About => new(0.9 * low, false, 1.1 * high, false),
        Qualifier.Nearly => new(0.9 * low, false, high, false),
        Qualifier.UpTo or Qualifier.AtMost or Qualifier.FewerThan => new(0, false, high, q == Qualifier.FewerThan),
        Qualifier.MoreThan => new(low, true, high, false),
        _ => new(low, false, high, false),
    };

    public static NumberInterval Of(double v, Qualifier q) => q switch
    {
        Qualifier.AtLeast => new(v, false, double.PositiveInfinity, true),
        Qualifier.MoreThan => new(v, true, double.PositiveInfinity, true),
        Qualifier.About => new(0.9 * v, false, 1.1 * v, false),
        Qualifier.Nearly => new(0.9 * v, false, v, false),
        Qualifier.UpTo or Qualifier.AtMost => new(0, false, v, false),
        Qualifier.FewerThan => new(0, false, v, true),
        _ => new(v, false, v, false),
    };

    /// <summary>True when the interval has no upper end.</summary>
    public bool IsLowerBound => double.IsPositiveInfinity(High);

    /// <summary>The common part of two intervals, or null when they share no point.</summary>
    public NumberInterval? Intersect(NumberInterval other)
    {
        (double low, bool lowOpen) = Low > other.Low ? (Low, LowOpen) : other.Low > Low ? (other.Low, other.LowOpen) : (Low, LowOpen || other.LowOpen);
        (double high, bool highOpen) = High < other.High ? (High, HighOpen) : other.High < High ? (other.High, other.HighOpen) : (High, HighOpen || other.HighOpen);
        bool empty = low > high || (low == high && (lowOpen || highOpen));
        return empty ? null : new NumberInterval(low, lowOpen, high, highOpen);
    }
}
