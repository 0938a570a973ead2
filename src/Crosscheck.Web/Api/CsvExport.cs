using System.Globalization;
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
using Crosscheck.Web.Workspace;

using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Api;

/// <summary>
/// Each table of the case as CSV, written by <see cref="Reporting.Csv"/> (RFC 4180: comma, double quotes, CRLF). A text
/// cell that a spreadsheet would take for a formula (starting with =, +, -, @) is prefixed with an apostrophe.
/// </summary>
public static class CsvExport
{
    public static readonly string[] Tables =
        ["documents", "quotes", "quote_groups", "numbers", "number_findings", "dates", "timeline", "entities", "entity_mentions", "cited_sources", "hypotheses", "stances"];

    /// <summary>The CSV text of a table, or null for an unknown table name.</summary>
    public static string? Write(string table, CaseSnapshot c)
    {
        Report r = c.Report;
        return table switch
        {
            "documents" => Csv(["number", "file", "id", "format", "title", "author", "outlet", "published", "published_inferred", "url", "words"],
                c.Documents.Select(d => Row(d.Number, d.Doc.File, d.Doc.Id, d.Doc.Format, d.Doc.Title, d.Doc.Author, d.Doc.Outlet, d.Doc.Published, d.Doc.PublishedInferred, d.Doc.Url, d.Words))),
            "quotes" => Csv(["doc", "speaker", "text", "kind", "group", "cue", "start", "end"],
                r.Quotes.Select(q => Row(q.Doc, q.Speaker, q.Text, q.Kind, q.Group, q.Cue, q.Start, q.End))),
            "quote_groups" => Csv(["group", "speaker", "doc", "text", "start", "end"],
                r.QuoteGroups.SelectMany(g => g.Variants.Select(v => Row(g.Id, g.Speaker, v.Doc, v.Text, v.Start, v.End)))),
            "numbers" => Csv(["doc", "text", "value", "value_high", "qualifier", "measure", "main_event", "event", "holder", "as_of", "as_of_inferred", "vague", "start", "end"],
                r.Numbers.Select(n => Row(n.Doc, n.Text, n.Value, n.ValueHigh, n.Qualifier, n.Measure, n.MainEvent, n.Event, n.Holder, n.AsOf, n.AsOfInferred, n.Vague, n.Start, n.End))),
            "number_findings" => Csv(["event", "main_event", "measure", "verdict", "explanation", "doc", "text", "value", "value_high", "qualifier", "holder", "as_of", "start", "end"],
                r.NumberFindings.SelectMany(f => f.Values.Select(v => Row(f.Event, f.MainEvent, f.Measure, f.Verdict, f.Explanation, v.Doc, v.Text, v.Value, v.ValueHigh, v.Qualifier, v.Holder, v.AsOf, v.Start, v.End)))),
            "dates" => Csv(["doc", "text", "value", "kind", "inferred", "event", "start", "end"],
                r.Dates.Select(d => Row(d.Doc, d.Text, d.Value, d.Kind, d.Inferred, d.Event, d.Start, d.End))),
            "timeline" => Csv(["date", "description", "doc", "text", "start", "end"],
                r.Timeline.SelectMany(t => t.Sources.Select(s => Row(t.Date, t.Description, s.Doc, s.Text, s.Start, s.End)))),
            "entities" => Csv(["id", "name", "type", "aliases", "mentions", "documents"],
                r.Entities.Select(e => Row(e.Id, e.Name, e.Type, string.Join("; ", e.Aliases), e.MentionsPerDoc.Values.Sum(), e.MentionsPerDoc.Count))),
            "entity_mentions" => Csv(["doc", "entity", "text", "start", "end"],
                r.EntityMentions.Select(m => Row(m.Doc, m.Entity, m.Text, m.Start, m.End))),
            "cited_sources" => Csv(["doc", "name", "kind", "cue", "start", "end"],
                r.CitedSources.Select(s => Row(s.Doc, s.Name, s.Kind, s.Cue, s.Start, s.End))),
            "hypotheses" => Csv(["id", "text", "kind", "agent", "origin"],
                r.Hypotheses.Select(h => Row(h.Id, h.Text, h.Kind, h.Agent, h.Origin))),
            "stances" => Csv(["doc", "holder", "hypothesis", "stance", "evidence_status", "confidence", "self_interested", "evidence"],
                r.Stances.Select(s => Row(s.Doc, s.Holder, s.Hypothesis, s.Stance, s.EvidenceStatus, s.Confidence, s.SelfInterested, string.Join(" | ", s.Evidence.Select(e => e.Text))))),
            _ => null,
        };
    }

    private static object?[] Row(params object?[] cells) => cells;

    private static string Csv(string[] header, IEnumerable<object?[]> rows) =>
        Reporting.Csv.Table(header, rows.Select(row => row.Select(Cell)));

    private static string Cell(object? value)
    {
        string text = value switch
        {
            null => string.Empty,
            bool b => b ? "true" : "false",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;
    }
}
