namespace Crosscheck.Exports;

/// <summary>
/// Where an export links a reader: to a document, to the sentence of a finding in it, and to the hypotheses. The CLI
/// links into report.html (<see cref="ReportHtmlLinks"/>), the workspace into its own pages.
/// </summary>
public interface IExportLinks
{
    /// <summary>The view of a document (by its file name), or null when it has none.</summary>
    string? Document(string file);

    /// <summary>A finding (kind as in the report's highlights: "date", "stance", "quote", …) highlighted in its document, or null.</summary>
    string? Finding(string file, string kind, int start, int end);

    /// <summary>The hypotheses and the analysis of competing hypotheses.</summary>
    string Hypotheses { get; }
}
