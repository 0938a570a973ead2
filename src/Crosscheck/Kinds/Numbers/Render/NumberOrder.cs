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
