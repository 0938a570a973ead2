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

using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Api;

/// <summary>Builds the views of the API (and of the pages, which render the same records) from a case snapshot.</summary>
public static class CaseViews
{
    private const int MaxHeadlines = 12;

    public static IReadOnlyList<DocumentSummary> Documents(CaseSnapshot c)
    {
        Report r = c.Report;
        var quotes = r.Quotes.CountBy(q => q.Doc).ToDictionary();
        var numbers = r.Numbers.CountBy(n => n.Doc).ToDictionary();
        var dates = r.Dates.CountBy(x => x.Doc).ToDictionary();
        var entities = r.EntityMentions.CountBy(m => m.Doc).ToDictionary();
        var cited = r.CitedSources.GroupBy(s => s.Doc).ToDictionary(g => g.Key, g => g.ToList());
        return [.. c.Documents.Select(cd =>
        {
            ReportDocument d = cd.Doc;
            List<ReportCitedSource> cites = cited.GetValueOrDefault(d.File) ?? [];
            return new DocumentSummary(d.Id, cd.Number, d.File, d.Format, d.Title, d.Author, d.Published, d.PublishedInferred, d.Outlet, d.Url, cd.Words,
                [.. cites.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase)],
                new FindingCounts(quotes.GetValueOrDefault(d.File), numbers.GetValueOrDefault(d.File), dates.GetValueOrDefault(d.File),
                    entities.GetValueOrDefault(d.File), cites.Count),
                c.DocHref(d.File)) { Name = cd.Name };
        })];
    }

    public static CaseOverview Overview(CaseSnapshot c)
    {
        Report r = c.Report;
        var numbers = NumberStories.DisputedNumbers(r).Take(MaxHeadlines)
            .Select(x => new NumberHeadline(x.Index, ReportFormat.MeasureOf(x.Finding.Measure, x.Finding.Event, x.Finding.MainEvent), x.Finding.Verdict,
                NumberStories.NumberStory(x.Finding), DocNumbers(c, x.Finding.Values.Select(v => v.Doc)), $"/numbers#{NumberStories.NumberAnchor(x.Index)}"))
            .ToList();
        var quotes = QuoteStories.Reworded(r).Take(MaxHeadlines)
            .Select(g => new QuoteHeadline(g.Id, g.Speaker, g.Variants.Count, DocNumbers(c, g.Variants.Select(v => v.Doc)),
                ReportFormat.Shorten(g.Variants[0].Text, 120), $"/quotes#group-{g.Id}"))
            .ToList();
        var hypotheses = r.Hypotheses
            .Select(h => (h, Supports: r.Stances.Count(s => s.Hypothesis == h.Id && s.Stance == "supports"), Rejects: r.Stances.Count(s => s.Hypothesis == h.Id && s.Stance == "rejects")))
            .Where(x => x.Supports > 0 && x.Rejects > 0)
            .Select(x => new HypothesisHeadline(x.h.Id, x.h.Text, x.Supports, x.Rejects, $"/hypotheses#h-{x.h.Id}"))
            .ToList();
        return new CaseOverview(r.GeneratedAt,
            new FindingCounts(r.Quotes.Count, r.Numbers.Count, r.Dates.Count, r.EntityMentions.Count, r.CitedSources.Count),
            r.Entities.Count, r.QuoteGroups.Count, r.NumberFindings.Count, r.Timeline.Count, r.Hypotheses.Count,
            Documents(c), new Headlines(numbers, quotes, hypotheses), r.Problems);
    }

    public static DocumentDetail? Document(CaseSnapshot c, string id, TextRange? mark = null)
    {
        if (c.ById(id) is not { } cd)
        {
            return null;
        }

        ReportDocument d = cd.Doc;
        List<Highlight> highlights = [.. c.HighlightsOf(d.File)];
        if (mark is { } m && m.Start >= 0 && m.End <= d.Text.Length && m.Start < m.End)
        {
            highlights.Add(new Highlight(m.Start, m.End, "search", "mark", "search match"));
        }

        string? Href(int number) => number >= 1 && number <= c.Documents.Count ? c.DocHref(c.Documents[number - 1].Doc.File) : null;
        return new DocumentDetail(Documents(c)[cd.Number - 1], d.Subtitle, Math.Clamp(d.BodyStart, 0, d.Text.Length), d.Text, highlights,
            Href(cd.Number - 1), Href(cd.Number + 1));
    }

    /// <summary>
    /// Full-text search, then the filters: <paramref name="doc"/> (a file), <paramref name="entity"/> (documents
    /// that mention it) and <paramref name="kind"/> ("document" or a finding kind).
    /// </summary>
    public static SearchResults Search(CaseWorkspace workspace, CaseSnapshot? c, string? query, string? doc, string? entity, string? kind, int limit = 50)
    {
        string q = query?.Trim() ?? string.Empty;
        if (q.Length == 0 || c is null)
        {
            return new SearchResults(q, doc, entity, kind, []);
        }

        HashSet<string>? entityDocs = null;
        if (!string.IsNullOrWhiteSpace(entity))
        {
            entityDocs = EntityEdits.Find(c.Report.Entities, entity.Trim()) is { } e ? [.. e.MentionsPerDoc.Keys] : [];
        }

        const char Open = '\u0002', Close = '\u0003';
        var hits = workspace.Search(q, 1000, Open.ToString(), Close.ToString())
            .Where(h => string.IsNullOrEmpty(doc) || h.File == doc)
            .Where(h => string.IsNullOrEmpty(kind) || h.Kind == kind)
            .Where(h => entityDocs is null || entityDocs.Contains(h.File))
            .Where(h => c.ByFile(h.File) is not null)
            .Take(limit)
            .Select(h =>
            {
                (string snippet, List<TextRange> marks) = Unmark(h.Snippet, Open, Close);
                string href = h.Start is { } s && h.End is { } e
                    ? c.FindingHref(h.File, h.Kind, s, e)
                    : DocumentMatchHref(c, h.File, snippet, marks);
                return new SearchHitView(h.File, c.Number(h.File), h.Title, h.Kind, snippet, marks, href) { Name = c.ByFile(h.File)?.Name ?? h.Title ?? h.File };
            })
            .ToList();
        return new SearchResults(q, doc, entity, kind, hits);
    }

    private static (string Text, List<TextRange> Marks) Unmark(string snippet, char open, char close)
    {
        var text = new System.Text.StringBuilder(snippet.Length);
        var marks = new List<TextRange>();
        int start = -1;
        foreach (char ch in snippet)
        {
            if (ch == open)
            {
                start = text.Length;
            }
            else if (ch == close && start >= 0)
            {
                marks.Add(new TextRange(start, text.Length));
                start = -1;
            }
            else
            {
                text.Append(ch);
            }
        }

        return (text.ToString(), marks);
    }

    /// <summary>A match in a document's text: the document view with the first match marked, when the snippet can be found in the text.</summary>
    private static string DocumentMatchHref(CaseSnapshot c, string file, string snippet, List<TextRange> marks)
    {
        string docHref = c.DocHref(file);
        if (marks.Count == 0 || c.ByFile(file) is not { } cd)
        {
            return docHref;
        }

        int lead = snippet.StartsWith('…') ? 1 : 0;
        string core = snippet[lead..].TrimEnd('…');
        int at = cd.Doc.Text.IndexOf(core, StringComparison.Ordinal);
        if (at < 0)
        {
            return docHref;
        }

        int start = at + marks[0].Start - lead, end = at + marks[0].End - lead;
        return $"{docHref}?mark={start}-{end}#mark";
    }

    internal static IReadOnlyList<int> DocNumbers(CaseSnapshot c, IEnumerable<string> docs) =>
        [.. docs.Select(c.Number).Where(n => n > 0).Distinct().Order()];
}
