using System.Globalization;
using System.Net;
using System.Text;
using Crosscheck.Model;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;

namespace Crosscheck.Kinds.Numbers.Render;

/// <summary>
/// A small inline SVG chart of a number finding's values over their as-of dates, drawn on the server.
/// Exact values are filled dots, lower bounds ("at least", "more than") open triangles with an upward
/// arrow, upper bounds open triangles pointing down, approximate values open circles. Each marker links
/// to its finding when an anchor is given.
/// </summary>
public static class SvgChart
{
    private const int Width = 640, Height = 250, Left = 64, Right = 24, Top = 22, Bottom = 58;

    /// <summary>The SVG element, or null when no value has a usable as-of date.</summary>
    /// <param name="anchorOf">The in-page anchor of a value's finding (the marker links to "#anchor").</param>
    /// <param name="hrefOf">The full link of a value's finding, used instead of <paramref name="anchorOf"/> when given.</param>
    public static string? Render(ReportNumberFinding finding, Func<ReportNumberValue, string?>? anchorOf = null, Func<ReportNumberValue, string?>? hrefOf = null, Func<string, string>? nameOf = null)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var points = finding.Values
            .Select(v => (Value: v, Ok: PartialDate.TryParse(v.AsOf, out PartialDate date), Date: date))
            .Where(p => p.Ok && double.IsFinite(p.Value.Value))
            .Select(p => (p.Value, Day: p.Date.Earliest.DayNumber, p.Date))
            .OrderBy(p => p.Day)
            .ToList();
        if (points.Count == 0)
        {
            return null;
        }

        int minDay = points[0].Day, maxDay = points[^1].Day;
        double maxValue = points.Max(p => p.Value.Value), minValue = Math.Min(0, points.Min(p => p.Value.Value));
        double step = NiceStep((maxValue - minValue) / 4);
        double top = Math.Max(step, Math.Ceiling(maxValue * 1.08 / step) * step);
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        double X(int day) => maxDay == minDay ? Left + (plotW / 2) : Left + 24 + ((double)(day - minDay) / (maxDay - minDay) * (plotW - 48));
        double Y(double v) => Top + ((top - v) / (top - minValue) * plotH);

        var svg = new StringBuilder();
        string label = WebUtility.HtmlEncode($"{finding.Measure}: values over time");
        svg.Append(Invariant($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{label}\">"));

        // Grid and value axis
        for (double v = minValue; v <= top + (step / 2); v += step)
        {
            svg.Append(Invariant($"<line class=\"grid\" x1=\"{Left}\" y1=\"{Y(v):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(v):0.#}\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 8}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\">{ReportFormat.Number(v)}</text>"));
        }

        svg.Append(Invariant($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\"/>"));
        svg.Append(Invariant($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\"/>"));
        svg.Append(Invariant($"<text class=\"axis-title\" transform=\"translate(14 {Top + (plotH / 2):0.#}) rotate(-90)\" text-anchor=\"middle\">{WebUtility.HtmlEncode(finding.Measure)}</text>"));

        // Date axis: a tick per distinct date, labels only where they do not collide
        double lastLabel = double.NegativeInfinity;
        foreach (var d in points.GroupBy(p => p.Day).Select(g => g.First()))
        {
            double x = X(d.Day);
            svg.Append(Invariant($"<line class=\"axis\" x1=\"{x:0.#}\" y1=\"{Height - Bottom}\" x2=\"{x:0.#}\" y2=\"{Height - Bottom + 5}\"/>"));
            if (x - lastLabel >= 78 || d.Day == maxDay && x - lastLabel >= 40)
            {
                svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{d.Date}</text>"));
                lastLabel = x;
            }
        }

        svg.Append(Invariant($"<text class=\"axis-title\" x=\"{Left + (plotW / 2):0.#}\" y=\"{Height - Bottom + 36}\" text-anchor=\"middle\">as of (date the figure was current)</text>"));

        // A faint line through the values in time order
        var placed = Place(points.Select(p => (p.Value, X(p.Day), Y(p.Value.Value))).ToList());
        if (placed.Count > 1)
        {
            svg.Append("<polyline class=\"line\" points=\"")
                .AppendJoin(' ', placed.Select(p => Invariant($"{p.X:0.#},{p.Y:0.#}")))
                .Append("\"/>");
        }

        var labelBoxes = new List<(double X, double Y)>();
        foreach (var (v, x, y) in placed)
        {
            string tip = WebUtility.HtmlEncode($"{(nameOf is null ? v.Doc : nameOf(v.Doc))}: “{v.Text}” = {ReportFormat.Qualified(v.Qualifier, v.Value, v.ValueHigh, v.Vague)}{(v.Holder is null ? string.Empty : $", per {v.Holder}")}, as of {v.AsOf}");
            string? anchor = hrefOf is not null ? hrefOf(v) : anchorOf?.Invoke(v) is { } a ? "#" + a : null;
            if (anchor is not null)
            {
                svg.Append("<a href=\"").Append(WebUtility.HtmlEncode(anchor)).Append("\">");
            }

            svg.Append("<g><title>").Append(tip).Append("</title>").Append(Marker(v.Qualifier, x, y)).Append("</g>");
            // Value labels right of the marker, else left of it, else none when both would overlap another label
            foreach ((double lx, string anchorSide) in (ReadOnlySpan<(double, string)>)[(x + 9, "start"), (x - 9, "end")])
            {
                double left = anchorSide == "start" ? lx : lx - 28;
                if (labelBoxes.All(b => Math.Abs(b.X - left) >= 30 || Math.Abs(b.Y - y) >= 12)
                    && placed.All(o => (o.X == x && o.Y == y) || o.X < left - 6 || o.X > left + 34 || Math.Abs(o.Y - y) >= 12))
                {
                    svg.Append(Invariant($"<text class=\"value\" x=\"{lx:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"{anchorSide}\">{WebUtility.HtmlEncode(ReportFormat.Number(v.Value))}</text>"));
                    labelBoxes.Add((left, y));
                    break;
                }
            }

            if (anchor is not null)
            {
                svg.Append("</a>");
            }
        }

        Legend(svg, [.. points.Select(p => Shape(p.Value.Qualifier)).Distinct().Order()]);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>How a qualifier is drawn: 0 exact, 1 lower bound, 2 upper bound, 3 approximate.</summary>
    public static int Shape(string qualifier) => qualifier switch
    {
        "at_least" or "more_than" => 1,
        "at_most" or "fewer_than" or "up_to" => 2,
        "about" or "nearly" => 3,
        _ => 0,
    };

    private static string Marker(string qualifier, double x, double y, int arrow = 20) => Shape(qualifier) switch
    {
        1 => Invariant($"<path class=\"mark lower\" d=\"M{x:0.#},{y - 6:0.#} L{x + 6:0.#},{y + 5:0.#} L{x - 6:0.#},{y + 5:0.#} Z\"/><path class=\"arrow\" d=\"M{x:0.#},{y - 8:0.#} V{y - arrow:0.#} M{x - 4:0.#},{y - arrow + 5:0.#} L{x:0.#},{y - arrow:0.#} L{x + 4:0.#},{y - arrow + 5:0.#}\"/>"),
        2 => Invariant($"<path class=\"mark upper\" d=\"M{x:0.#},{y + 6:0.#} L{x + 6:0.#},{y - 5:0.#} L{x - 6:0.#},{y - 5:0.#} Z\"/>"),
        3 => Invariant($"<circle class=\"mark about\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"5\"/>"),
        _ => Invariant($"<circle class=\"mark exact\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"5\"/>"),
    };

    private static void Legend(StringBuilder svg, IReadOnlyList<int> shapes)
    {
        string[] names = ["exact", "lower bound (at least, more than)", "upper bound (at most, up to)", "approximate (about, nearly)"];
        double x = Left;
        const int y = Height - 8;
        foreach (int s in shapes)
        {
            string q = s switch { 1 => "at_least", 2 => "at_most", 3 => "about", _ => "exact" };
            svg.Append(Marker(q, x + 6, y - 4, arrow: 13));
            svg.Append(Invariant($"<text x=\"{x + 16:0.#}\" y=\"{y:0.#}\">{names[s]}</text>"));
            x += 30 + (names[s].Length * 5.6);
        }
    }

    /// <summary>Spreads markers that would sit on top of each other a little to the side.</summary>
    private static List<(ReportNumberValue Value, double X, double Y)> Place(List<(ReportNumberValue Value, double X, double Y)> points)
    {
        // Markers of the same date sit side by side, 14 px apart, centred on the date
        var result = new List<(ReportNumberValue, double, double)>(points.Count);
        foreach (var sameDay in points.GroupBy(p => p.X))
        {
            int k = sameDay.Count(), j = 0;
            foreach (var p in sameDay)
            {
                result.Add((p.Value, p.X + ((j++ - ((k - 1) / 2.0)) * 14), p.Y));
            }
        }

        return result;
    }

    private static double NiceStep(double raw)
    {
        if (raw <= 0 || !double.IsFinite(raw))
        {
            return 1;
        }

        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double n = raw / magnitude;
        double nice = n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10;
        return Math.Max(1, nice * magnitude);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
