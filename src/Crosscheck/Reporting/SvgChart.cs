using System.Globalization;
using System.Net;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Reporting;

/// <summary>A small inline SVG chart of a number finding's values over their as-of dates, drawn on the server.</summary>
public static class SvgChart
{
    private const int Width = 360, Height = 150, Left = 52, Right = 16, Top = 14, Bottom = 30;

    /// <summary>The SVG element, or null when no value has a usable as-of date.</summary>
    public static string? Render(ReportNumberFinding finding)
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
        double span = maxValue - minValue;
        double top = span == 0 ? maxValue + 1 : maxValue + (span * 0.1);
        double X(int day) => maxDay == minDay ? Left + ((Width - Left - Right) / 2.0) : Left + ((double)(day - minDay) / (maxDay - minDay) * (Width - Left - Right));
        double Y(double v) => Top + ((top - v) / (top - minValue) * (Height - Top - Bottom));

        var svg = new StringBuilder();
        string label = WebUtility.HtmlEncode($"{finding.Measure}: values over time");
        svg.Append(Invariant($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{label}\">"));
        svg.Append(Invariant($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\"/>"));
        svg.Append(Invariant($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\"/>"));
        svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Y(maxValue) + 4:0.#}\" text-anchor=\"end\">{ReportFormat.Number(maxValue)}</text>"));
        svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Y(minValue) + 4:0.#}\" text-anchor=\"end\">{ReportFormat.Number(minValue)}</text>"));
        svg.Append(Invariant($"<text x=\"{X(minDay):0.#}\" y=\"{Height - 10}\" text-anchor=\"{(maxDay == minDay ? "middle" : "start")}\">{points[0].Date}</text>"));
        if (maxDay != minDay)
        {
            svg.Append(Invariant($"<text x=\"{X(maxDay):0.#}\" y=\"{Height - 10}\" text-anchor=\"end\">{points[^1].Date}</text>"));
        }

        if (points.Count > 1)
        {
            svg.Append("<polyline class=\"line\" points=\"")
                .AppendJoin(' ', points.Select(p => Invariant($"{X(p.Day):0.#},{Y(p.Value.Value):0.#}")))
                .Append("\"/>");
        }

        foreach (var p in points)
        {
            string tip = WebUtility.HtmlEncode($"{p.Value.Doc}: {p.Value.Text} ({ReportFormat.Qualified(p.Value.Qualifier, p.Value.Value)}, as of {p.Value.AsOf})");
            svg.Append(Invariant($"<circle class=\"point\" cx=\"{X(p.Day):0.#}\" cy=\"{Y(p.Value.Value):0.#}\" r=\"4\"><title>{tip}</title></circle>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
