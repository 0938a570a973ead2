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

namespace Crosscheck.Web.Workspace;

/// <summary>A document of the case with its number (1, 2, … in store order) and size in words.</summary>
public sealed record CaseDocument(int Number, ReportDocument Doc, int Words)
{
    /// <summary>The reader's name of the document: "Outlet, ‘Title’, 23 Mar 2024" (<see cref="DocLabels"/>).</summary>
    public string Name { get; } = DocLabels.Of(Doc);

    /// <summary>"#3 Outlet, ‘Title’, 23 Mar 2024".</summary>
    public string Label => $"#{Number} {Name}";
}
