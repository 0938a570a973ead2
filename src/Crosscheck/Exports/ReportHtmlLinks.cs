using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Reporting;

namespace Crosscheck.Exports;

/// <summary>Links into the HTML report, by the anchors it gives each document and finding ("report.html#d2-f7").</summary>
public sealed class ReportHtmlLinks(Report report, string page = ReportHtmlLinks.DefaultPage) : IExportLinks
{
    /// <summary>The report's file name beside the store, as <c>analyze</c> writes it.</summary>
    public const string DefaultPage = "report.html";

    private readonly FindingAnchors _anchors = new(report);

    public string Hypotheses => $"{page}#{HtmlHypotheses.SectionId}";

    public string? Document(string file) => _anchors.Document(file) is { } id ? $"{page}#{id}" : null;

    public string? Finding(string file, string kind, int start, int end) =>
        _anchors.Finding(file, kind, start, end) is { } id ? $"{page}#{id}" : Document(file);
}
