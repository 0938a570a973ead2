using System.Globalization;

namespace Crosscheck.Lab.Evaluation.NewsQuant;

/// <summary>
/// A NewsQuant value: one number, or a range of two numbers kept in the order written ("from 4.8 to 4.7" is
/// 4.8-4.7). Parsed as the CQE evaluation parses the gold: a '-' after a digit or a space separates the two ends
/// of a range; a leading '-' is a minus sign, and "1.99E-29" is one number.
/// </summary>
public readonly record struct NewsQuantValue(double Low, double? High)
{
    /// <summary>The value of <paramref name="s"/>, or null when it is not a number or range.</summary>
    public static NewsQuantValue? Parse(string s)
    {
        string t = s.Trim();
        for (int i = 1; i < t.Length; i++)
        {
            if (t[i] == '-' && (char.IsAsciiDigit(t[i - 1]) || t[i - 1] == ' ' || t[i - 1] == '.'))
            {
                return Number(t[..i]) is { } low && Number(t[(i + 1)..]) is { } high ? new NewsQuantValue(low, high) : null;
            }
        }

        return Number(t) is { } v ? new NewsQuantValue(v, null) : null;
    }

    /// <summary>
    /// True when the two values are the same: both single numbers, or both ranges with the same two ends, each end
    /// equal within the tolerance of the CQE evaluation (numpy isclose: |a − b| ≤ 1e-8 + 1e-5·|b|).
    /// A single number never equals a range.
    /// </summary>
    public bool Matches(NewsQuantValue other) =>
        Close(Low, other.Low) && (High, other.High) switch
        {
            (null, null) => true,
            ({ } a, { } b) => Close(a, b),
            _ => false,
        };

    /// <summary>The value as NewsQuant writes it: "1500000.0", a range as "a-b".</summary>
    public override string ToString() => High is { } h ? $"{Format(Low)}-{Format(h)}" : Format(Low);

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-8 + 1e-5 * Math.Abs(b);

    private static string Format(double v)
    {
        string s = v.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
    }

    private static double? Number(string s) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null;
}
