using Crosscheck.Reporting;

namespace Crosscheck.Web.Workspace;

/// <summary>A document of the case with its number (1, 2, … in store order) and size in words.</summary>
public sealed record CaseDocument(int Number, ReportDocument Doc, int Words)
{
    /// <summary>"#3 Title" cut for tables.</summary>
    public string Label => $"#{Number} {ReportFormat.Shorten(Doc.Title ?? Doc.Outlet ?? Doc.File, 48)}";
}
