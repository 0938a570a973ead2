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

/// <summary>Headlines of number groups: the disputed ones, their values as a story, their anchors.</summary>
public static class NumberStories
{
    /// <summary>The number groups worth a reporter's attention first: conflicts, then rising counts; main event first.</summary>
    public static IReadOnlyList<(int Index, ReportNumberFinding Finding)> DisputedNumbers(Report report) =>
        [.. report.NumberFindings
            .Select((f, i) => (Index: i, Finding: f))
            .Where(x => x.Finding.Verdict is "conflict" or "rising_count")
            .OrderBy(x => x.Finding.Verdict == "conflict" ? 0 : 1)
            .ThenBy(x => x.Finding.MainEvent ? 0 : 1)
            .ThenByDescending(x => x.Finding.Values.Count)];

    /// <summary>"at least 60 → more than 140 (2024-03-22 to 2024-04-01)": the values in time order, repeats dropped.</summary>
    public static string NumberStory(ReportNumberFinding f)
    {
        bool rising = f.Verdict == "rising_count";
        var dated = NumberOrder.ByDate(f.Values.Where(v => v.AsOf is not null)).Select(v => ReportFormat.Qualified(v.Qualifier, v.Value, v.ValueHigh, v.Vague)).ToList();
        var undated = f.Values.Where(v => v.AsOf is null).Select(v => ReportFormat.Qualified(v.Qualifier, v.Value, v.ValueHigh, v.Vague)).Distinct().ToList();
        var steps = new List<string>();
        foreach (string v in dated)
        {
            if (rising ? steps.Count == 0 || steps[^1] != v : !steps.Contains(v))
            {
                steps.Add(v);
            }
        }

        string arrow = rising ? " → " : " vs ";
        string shown = steps.Count > 6 ? string.Join(arrow, steps.Take(3)) + arrow + "…" + arrow + steps[^1] : string.Join(arrow, steps);
        var dates = f.Values.Select(v => v.AsOf).OfType<string>().Order(StringComparer.Ordinal).ToList();
        string when = dates.Count == 0 ? string.Empty : dates[0] == dates[^1] ? $" ({dates[0]})" : $" ({dates[0]} to {dates[^1]})";
        string rest = undated.Count == 0 ? string.Empty : $"{(steps.Count == 0 ? string.Empty : "; ")}undated: {string.Join(", ", undated)}";
        return shown + when + rest;
    }

    public static string NumberAnchor(int index) => $"num-{index + 1}";
}
