using System.Text.RegularExpressions;
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

/// <summary>
/// The case as the latest run left it (entity edits applied), with what every view needs to link a
/// finding to its sentence: documents by file and id, and the highlights of each document.
/// A finding's link is /documents/{id}#{kind}-{start}-{end}, stable for as long as its span is.
/// </summary>
public sealed partial class CaseSnapshot
{
    private readonly Dictionary<string, CaseDocument> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CaseDocument> _byId = new(StringComparer.Ordinal);
    private readonly FindingAnchors _anchors;

    public CaseSnapshot(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
        var docs = new List<CaseDocument>();
        foreach (ReportDocument d in report.Documents)
        {
            var doc = new CaseDocument(docs.Count + 1, d, WordPattern().Count(d.Text[Math.Clamp(d.BodyStart, 0, d.Text.Length)..]));
            if (_byFile.TryAdd(d.File, doc))
            {
                _byId.TryAdd(d.Id, doc);
                docs.Add(doc);
            }
        }

        Documents = docs;
        _anchors = new FindingAnchors(report);
    }

    public Report Report { get; }

    public IReadOnlyList<CaseDocument> Documents { get; }

    public CaseDocument? ByFile(string file) => _byFile.GetValueOrDefault(file);

    public CaseDocument? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The number of a document ("3"), or 0 for a file not in the case.</summary>
    public int Number(string file) => _byFile.TryGetValue(file, out CaseDocument? d) ? d.Number : 0;

    public string DocHref(string file) => _byFile.TryGetValue(file, out CaseDocument? d) ? $"/documents/{d.Doc.Id}" : "/documents";

    /// <summary>The link to a finding, highlighted in its document.</summary>
    public string FindingHref(string file, string kind, int start, int end) => $"{DocHref(file)}#{Anchor(kind, start, end)}";

    /// <summary>The id of a highlight in the document view: "quote-120-188".</summary>
    public static string Anchor(string kind, int start, int end) => $"{kind.Replace('_', '-')}-{start}-{end}";

    /// <summary>
    /// The highlights of a document: every finding the report places in it (entities, quotes, numbers,
    /// dates, cited sources) and the evidence of each stance, each with its stable anchor id.
    /// </summary>
    public IReadOnlyList<Highlight> HighlightsOf(string file)
    {
        // The report's own stance highlights are replaced by the ones below, titled with the hypothesis text.
        var list = _anchors.HighlightsOf(file).Where(h => h.Kind != "stance").Select(h => h with { Id = Anchor(h.Kind, h.Start, h.End) }).ToList();
        var hypotheses = Report.Hypotheses.ToDictionary(h => h.Id, h => h.Text, StringComparer.Ordinal);
        var seen = new HashSet<(int, int)>();
        foreach (ReportStance s in Report.Stances.Where(s => s.Doc == file))
        {
            foreach (ReportEvidence e in s.Evidence)
            {
                if (seen.Add((e.Start, e.End)))
                {
                    string hypothesis = hypotheses.GetValueOrDefault(s.Hypothesis, s.Hypothesis);
                    list.Add(new Highlight(e.Start, e.End, "stance", Anchor("stance", e.Start, e.End),
                        $"stance: {s.Holder ?? "the author"} {s.Stance} “{hypothesis}”"));
                }
            }
        }

        return list;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
