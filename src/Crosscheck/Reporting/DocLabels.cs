using System.Net;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Model;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Reporting;

/// <summary>
/// The one place that names a document of a report, for readers: "Harbour Times, ‘Title…’, 23 Mar 2024"
/// (<see cref="DocumentNames"/>), numbered "#3" in tables, with the file name only as a link target or tooltip.
/// Without <see cref="FindingAnchors"/> (Markdown, console) the names are plain text.
/// </summary>
public sealed class DocLabels
{
    private readonly Dictionary<string, (int Index, string Name)> _labels = new(StringComparer.Ordinal);
    private readonly FindingAnchors? _anchors;

    public DocLabels(Report report, FindingAnchors? anchors = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        _anchors = anchors;
        for (int i = 0; i < report.Documents.Count; i++)
        {
            ReportDocument d = report.Documents[i];
            _labels.TryAdd(d.File, (i + 1, Of(d)));
        }
    }

    /// <summary>The reader's name of a report document (its outlet, title and date).</summary>
    public static string Of(ReportDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return DocumentNames.Of(d.Outlet, d.Title, d.Published, d.PublishedInferred, d.Text, d.BodyStart, d.File);
    }

    /// <summary>"#3".</summary>
    public string Number(string file) => _labels.TryGetValue(file, out var l) ? $"#{l.Index}" : file;

    /// <summary>"Outlet, ‘Title’, 23 Mar 2024" (the file name for a file not in the report).</summary>
    public string Name(string file) => _labels.TryGetValue(file, out var l) ? l.Name : file;

    /// <summary>"#3 Outlet, ‘Title’, 23 Mar 2024" as plain text (the file name for a file not in the report).</summary>
    public string Text(string file) => _labels.TryGetValue(file, out var l) ? $"#{l.Index} {l.Name}" : file;

    /// <summary>A link "#3 Outlet, ‘Title’, date" to <paramref name="anchor"/> (default: the document view); tooltip = file name.</summary>
    public string Ref(string file, string? anchor = null)
    {
        anchor ??= _anchors?.Document(file);
        if (!_labels.TryGetValue(file, out var l))
        {
            return HtmlParts.E(file);
        }

        string inner = $"<span class=\"dn\">#{l.Index}</span> {WebUtility.HtmlEncode(l.Name)}";
        return anchor is null
            ? $"<span class=\"doc\" title=\"{WebUtility.HtmlEncode(file)}\">{inner}</span>"
            : $"<a class=\"doc\" href=\"#{WebUtility.HtmlEncode(anchor)}\" title=\"{WebUtility.HtmlEncode(file)}\">{inner}</a>";
    }

    /// <summary>Just the number "#3" as a link; its tooltip names the document and its file.</summary>
    public string Chip(string file, string? anchor = null)
    {
        anchor ??= _anchors?.Document(file);
        string n = WebUtility.HtmlEncode(Number(file));
        string tip = WebUtility.HtmlEncode(_labels.ContainsKey(file) ? $"{Name(file)} ({file})" : file);
        return anchor is null
            ? $"<span class=\"chip\" title=\"{tip}\">{n}</span>"
            : $"<a class=\"chip\" href=\"#{WebUtility.HtmlEncode(anchor)}\" title=\"{tip}\">{n}</a>";
    }
}
