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
/// Numbers the documents (d1, d2, …) and the findings of each document in text order (d1-f1, d1-f2, …),
/// so that every table row of the HTML report can link to its highlight in the document view.
/// </summary>
public sealed class FindingAnchors
{
    private readonly Dictionary<string, int> _docIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Doc, string Kind, int Start, int End), string> _ids = [];
    private readonly Dictionary<string, List<Highlight>> _highlights = new(StringComparer.Ordinal);

    public FindingAnchors(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        for (int i = 0; i < report.Documents.Count; i++)
        {
            _docIndex.TryAdd(report.Documents[i].File, i + 1);
        }

        Dictionary<string, string> entityNames = report.Entities.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First().Name);
        var raw = new List<(string Doc, string Kind, int Start, int End, string? Title)>();
        raw.AddRange(report.EntityMentions.Select(m => (m.Doc, "entity", m.Start, m.End, (string?)$"entity: {entityNames.GetValueOrDefault(m.Entity, m.Entity)}")));
        raw.AddRange(report.Quotes.Select(q => (q.Doc, "quote", q.Start, q.End,
            (string?)$"{q.Speaker ?? "unknown speaker"}{(q.Cue is null ? string.Empty : $" ({q.Cue})")}{(q.Group is null ? string.Empty : $", group {q.Group}")}")));
        raw.AddRange(report.Numbers.Select(n => (n.Doc, "number", n.Start, n.End, (string?)NumberTitle(n))));
        raw.AddRange(report.Dates.Select(d => (d.Doc, "date", d.Start, d.End, (string?)$"date: {d.Value ?? "unresolved"}{(d.Inferred ? " (inferred)" : string.Empty)}")));
        raw.AddRange(report.CitedSources.Select(c => (c.Doc, "cited_source", c.Start, c.End, (string?)$"cited source: {c.Name} ({c.Kind.Replace('_', ' ')}, “{c.Cue}”)")));
        raw.AddRange(StanceEvidence(report));

        foreach (var docGroup in raw.Where(r => _docIndex.ContainsKey(r.Doc)).GroupBy(r => r.Doc))
        {
            int d = _docIndex[docGroup.Key];
            var list = new List<Highlight>();
            int n = 0;
            foreach (var r in docGroup.OrderBy(r => r.Start).ThenByDescending(r => r.End).ThenBy(r => r.Kind, StringComparer.Ordinal))
            {
                if (_ids.ContainsKey((r.Doc, r.Kind, r.Start, r.End)))
                {
                    continue;
                }

                string id = $"d{d}-f{++n}";
                _ids[(r.Doc, r.Kind, r.Start, r.End)] = id;
                list.Add(new Highlight(r.Start, r.End, r.Kind, id, r.Title));
            }

            _highlights[docGroup.Key] = list;
        }
    }

    /// <summary>The anchor id of a document's view ("d2"), or null for a file not in the report.</summary>
    public string? Document(string file) => _docIndex.TryGetValue(file, out int i) ? $"d{i}" : null;

    /// <summary>The anchor id of a finding ("d2-f7"), or null when it is not in the report.</summary>
    public string? Finding(string doc, string kind, int start, int end) => _ids.GetValueOrDefault((doc, kind, start, end));

    public IReadOnlyList<Highlight> HighlightsOf(string file) => _highlights.TryGetValue(file, out List<Highlight>? list) ? list : [];

    /// <summary>Each sentence a stance rests on, once, titled with every stance it carries ("police: supports h1; …").</summary>
    private static IEnumerable<(string Doc, string Kind, int Start, int End, string? Title)> StanceEvidence(Report report) =>
        report.Stances
            .Where(s => s.Stance != "absent")
            .SelectMany(s => s.Evidence.Select(e => (s.Doc, e.Start, e.End, Title: $"{s.Holder ?? "the article"}: {s.Stance} {s.Hypothesis}")))
            .GroupBy(x => (x.Doc, x.Start, x.End))
            .Select(g => (g.Key.Doc, "stance", g.Key.Start, g.Key.End, (string?)("stance: " + string.Join("; ", g.Select(x => x.Title).Distinct()))));

    private static string NumberTitle(ReportNumber n)
    {
        string what = n.Measure ?? "number";
        string ev = n.MainEvent ? string.Empty : $" ({n.Event ?? "other event"})";
        string holder = n.Holder is null ? string.Empty : $", per {n.Holder}";
        string asOf = n.AsOf is null ? string.Empty : $", as of {n.AsOf}{(n.AsOfInferred ? " (inferred)" : string.Empty)}";
        return $"{what}{ev}: {ReportFormat.Qualified(n.Qualifier, n.Value, n.ValueHigh, n.Vague)}{holder}{asOf}";
    }
}
