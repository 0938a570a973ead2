using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using Crosscheck.Store;
using Crosscheck.Web.Workspace;

using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Kinds.Dates;

/// <summary>The dates views of the API and the pages, built from a case snapshot.</summary>
public static class TimelineViews
{
    public static IReadOnlyList<TimelineEntryView> Timeline(CaseSnapshot c)
    {
        var passages = new TimelinePassages(c.Report);
        return [.. c.Report.Timeline.Select(t => new TimelineEntryView(t.Date, t.Description,
            [.. t.Sources.Select(s => new DateRefView(s.Doc, c.Number(s.Doc), s.Text, c.FindingHref(s.Doc, "date", s.Start, s.End)))]) { Passage = passages.Of(t) })];
    }
}
