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
                c.DocHref(d.File));
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

    public static QuoteLedger Quotes(CaseSnapshot c)
    {
        Report r = c.Report;
        var groups = r.QuoteGroups.Where(g => g.Variants.Count > 0).Select(g =>
        {
            ReportQuoteVariant first = g.Variants[0];
            var scripts = g.Variants.Skip(1).Select(v => WordDiff.Diff(first.Text, v.Text)).ToList();
            IReadOnlyList<int> changed = [.. HtmlQuotes.ChangedWords(scripts).Order()];
            var variants = g.Variants.Select((v, i) => new QuoteVariantView(v.Doc, c.Number(v.Doc), c.ByFile(v.Doc)?.Label ?? v.Doc, v.Text, v.Start, v.End,
                c.FindingHref(v.Doc, "quote", v.Start, v.End), i == 0 ? null : scripts[i - 1], i == 0 ? changed : [])).ToList();
            bool reworded = g.Variants.Skip(1).Any(v => !WordDiff.SameWording(first.Text, v.Text));
            return new QuoteGroupView(g.Id, g.Speaker, reworded, variants);
        }).ToList();
        var quotes = r.Quotes
            .OrderBy(q => q.Speaker is null)
            .ThenBy(q => q.Speaker, StringComparer.Ordinal)
            .Select(q => new QuoteView(q, c.Number(q.Doc), c.FindingHref(q.Doc, "quote", q.Start, q.End)))
            .ToList();
        return new QuoteLedger(groups, quotes);
    }

    public static IReadOnlyList<NumberGroupView> Numbers(CaseSnapshot c) =>
        [.. c.Report.NumberFindings.Select((f, i) => new NumberGroupView(i, ReportFormat.MeasureOf(f.Measure, f.Event, f.MainEvent), f.Measure, f.Event, f.MainEvent,
            f.Verdict, f.Explanation,
            [.. NumberOrder.ByDate(f.Values).Select(v => new NumberValueView(v, ReportFormat.Qualified(v.Qualifier, v.Value, v.ValueHigh), c.Number(v.Doc),
                c.FindingHref(v.Doc, "number", v.Start, v.End)))]))];

    public static IReadOnlyList<TimelineEntryView> Timeline(CaseSnapshot c) =>
        [.. c.Report.Timeline.Select(t => new TimelineEntryView(t.Date, t.Description,
            [.. t.Sources.Select(s => new DateRefView(s.Doc, c.Number(s.Doc), s.Text, c.FindingHref(s.Doc, "date", s.Start, s.End)))]))];

    public static EntityIndex Entities(CaseSnapshot c, IReadOnlyList<EntityEdit> edits)
    {
        Dictionary<(string Entity, string Doc), ReportEntityMention> first = [];
        foreach (ReportEntityMention m in c.Report.EntityMentions)
        {
            first.TryAdd((m.Entity, m.Doc), m);
        }

        var entities = c.Report.Entities
            .OrderByDescending(e => e.MentionsPerDoc.Count)
            .ThenByDescending(e => e.MentionsPerDoc.Values.Sum())
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Select(e => new EntityView(e.Id, e.Name, e.Type, e.Aliases, e.MentionsPerDoc.Values.Sum(),
                [.. e.MentionsPerDoc.OrderBy(kv => c.Number(kv.Key)).Select(kv => new EntityDocCount(kv.Key, c.Number(kv.Key), kv.Value,
                    first.TryGetValue((e.Id, kv.Key), out ReportEntityMention? m) ? c.FindingHref(m.Doc, "entity", m.Start, m.End) : c.DocHref(kv.Key)))]))
            .ToList();
        return new EntityIndex(entities, edits);
    }

    public static HypothesesView Hypotheses(CaseSnapshot c)
    {
        Report r = c.Report;
        string? EvidenceHref(string doc, IReadOnlyList<ReportEvidence> evidence) =>
            evidence.Count == 0 ? null : c.FindingHref(doc, "stance", evidence[0].Start, evidence[0].End);
        var stances = r.Stances.Select(s => new StanceView(s, c.Number(s.Doc), EvidenceHref(s.Doc, s.Evidence))).ToList();
        AchView? ach = r.Ach is { } a
            ? new AchView(a.Hypotheses, [.. a.Rows.Select(row => new AchRowView(row, c.Number(row.Doc), c.DocHref(row.Doc) + "?mark=" + row.Start + "-" + row.End + "#mark"))], a.Scores)
            : null;
        var claims = r.ClaimStances.Select(s => new ClaimStanceView(s, c.Number(s.Doc),
            s.Evidence.Count == 0 ? null : c.DocHref(s.Doc) + "?mark=" + s.Evidence[0].Start + "-" + s.Evidence[0].End + "#mark")).ToList();
        return new HypothesesView(r.Hypotheses, stances, ach, claims);
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
                return new SearchHitView(h.File, c.Number(h.File), h.Title, h.Kind, snippet, marks, href);
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

    private static IReadOnlyList<int> DocNumbers(CaseSnapshot c, IEnumerable<string> docs) =>
        [.. docs.Select(c.Number).Where(n => n > 0).Distinct().Order()];
}
