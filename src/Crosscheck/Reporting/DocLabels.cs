using System.Net;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Reporting;

/// <summary>
/// Short, readable names of the documents for tables: "#3 Who attacked the…" with the file name as tooltip,
/// linking to the document's view (or to a finding in it).
/// </summary>
internal sealed class DocLabels
{
    private const int TitleLength = 34;
    private readonly Dictionary<string, (int Index, string Short)> _labels = new(StringComparer.Ordinal);
    private readonly FindingAnchors _anchors;

    public DocLabels(Report report, FindingAnchors anchors)
    {
        _anchors = anchors;
        for (int i = 0; i < report.Documents.Count; i++)
        {
            ReportDocument d = report.Documents[i];
            _labels.TryAdd(d.File, (i + 1, ReportFormat.Shorten(d.Title ?? d.Outlet ?? d.File, TitleLength)));
        }
    }

    /// <summary>"#3".</summary>
    public string Number(string file) => _labels.TryGetValue(file, out var l) ? $"#{l.Index}" : file;

    /// <summary>"#3 Short title" as plain text (the file name for a file not in the report).</summary>
    public string Text(string file) => _labels.TryGetValue(file, out var l) ? $"#{l.Index} {l.Short}" : file;

    /// <summary>A link "#3 Short title" to <paramref name="anchor"/> (default: the document view); tooltip = file name.</summary>
    public string Ref(string file, string? anchor = null)
    {
        anchor ??= _anchors.Document(file);
        if (!_labels.TryGetValue(file, out var l))
        {
            return HtmlParts.E(file);
        }

        string inner = $"<span class=\"dn\">#{l.Index}</span> {WebUtility.HtmlEncode(l.Short)}";
        return anchor is null
            ? $"<span class=\"doc\" title=\"{WebUtility.HtmlEncode(file)}\">{inner}</span>"
            : $"<a class=\"doc\" href=\"#{WebUtility.HtmlEncode(anchor)}\" title=\"{WebUtility.HtmlEncode(file)}\">{inner}</a>";
    }

    /// <summary>Just the number "#3" as a link with the file name as tooltip.</summary>
    public string Chip(string file, string? anchor = null)
    {
        anchor ??= _anchors.Document(file);
        string n = WebUtility.HtmlEncode(Number(file));
        return anchor is null
            ? n
            : $"<a class=\"chip\" href=\"#{WebUtility.HtmlEncode(anchor)}\" title=\"{WebUtility.HtmlEncode(file)}\">{n}</a>";
    }
}
