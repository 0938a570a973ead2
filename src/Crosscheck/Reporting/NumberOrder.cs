using Crosscheck.Model;

namespace Crosscheck.Reporting;

/// <summary>Orders number values by their as-of date (undated last), then by value.</summary>
internal static class NumberOrder
{
    public static IEnumerable<ReportNumberValue> ByDate(IEnumerable<ReportNumberValue> values) =>
        values
            .Select((v, i) => (Value: v, Index: i, Day: PartialDate.TryParse(v.AsOf, out PartialDate d) ? d.Earliest.DayNumber : int.MaxValue))
            .OrderBy(x => x.Day)
            .ThenBy(x => x.Index)
            .Select(x => x.Value);
}
