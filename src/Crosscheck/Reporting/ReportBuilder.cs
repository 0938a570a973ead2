using System.Globalization;
using Crosscheck.Model;
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

/// <summary>Turns an <see cref="AnalysisResult"/> into the <see cref="Report"/> that every renderer reads.</summary>
public static class ReportBuilder
{
    public static Report Build(AnalysisResult result, DateTimeOffset generatedAt)
    {
        Dictionary<string, string> file = result.Documents.ToDictionary(d => d.Id, d => d.Document.File);
        Dictionary<string, string> texts = result.Documents.ToDictionary(d => d.Id, d => d.Document.Text);
        Dictionary<(string, int, int), string> groupOf = [];
        foreach (QuoteGroup g in result.Set.QuoteGroups)
        {
            foreach (Quote q in g.Members)
            {
                groupOf[(q.DocId, q.Span.Start, q.Span.End)] = g.Id;
            }
        }

        var entityOfMention = new Dictionary<(string, int, int), string>();
        foreach (Entity e in result.Set.Entities)
        {
            foreach (EntityMention m in e.Mentions)
            {
                entityOfMention[(m.DocId, m.Span.Start, m.Span.End)] = e.Id;
            }
        }

        IEnumerable<DocumentFindings> all = result.Findings;
        var byId = result.Documents.DistinctBy(d => d.Id).ToDictionary(d => d.Id);
        return new Report(
            Tool: "crosscheck",
            GeneratedAt: generatedAt.ToString("o", CultureInfo.InvariantCulture),
            Documents: [.. result.Documents.Select(a => ToReport(a.Document))],
            Quotes: [.. all.SelectMany(f => f.Quotes).Select(q => new ReportQuote(
                file[q.DocId], q.Speaker, q.Text, Snake(q.Kind), groupOf.GetValueOrDefault((q.DocId, q.Span.Start, q.Span.End)), q.Cue,
                q.Span.Start, q.Span.End, q.SpeakerSpan?.Start, q.SpeakerSpan?.End))],
            QuoteGroups: [.. result.Set.QuoteGroups.Select(g => new ReportQuoteGroup(
                g.Id, g.Speaker, [.. g.Members.Select(q => new ReportQuoteVariant(file[q.DocId], q.Text, q.Span.Start, q.Span.End))]))],
            Numbers: [.. all.SelectMany(f => f.Numbers).Select(n => new ReportNumber(
                file[n.DocId], n.Text, n.Value, Snake(n.Qualifier), n.Measure, n.IsMainEvent, n.Event, n.Holder,
                n.AsOf?.ToString(), n.AsOfInferred, n.IsVague, n.Span.Start, n.Span.End) { ValueHigh = n.ValueHigh })],
            NumberFindings: [.. result.Set.NumberFindings.Select(f => new ReportNumberFinding(
                f.Event, f.IsMainEvent, f.Measure,
                [.. f.Values.Select(n => new ReportNumberValue(file[n.DocId], n.Text, n.Value, Snake(n.Qualifier), n.Holder, n.AsOf?.ToString(), n.Span.Start, n.Span.End) { ValueHigh = n.ValueHigh })],
                Snake(f.Verdict), f.Explanation))],
            Dates: [.. all.SelectMany(f => f.Dates).Select(d => new ReportDate(
                file[d.DocId], d.Text, d.Value?.ToString(), Snake(d.Kind), d.Inferred, d.Event, d.Span.Start, d.Span.End))],
            Timeline: [.. result.Set.Timeline.Select(t => new ReportTimelineEntry(
                t.Date.ToString(), t.Description, [.. t.Mentions.Select(m => new ReportDateRef(file[m.DocId], m.Text, m.Span.Start, m.Span.End))]))],
            Entities: [.. result.Set.Entities.Select(e => new ReportEntity(
                e.Id, e.Name, Snake(e.Type), e.Aliases,
                e.Mentions.GroupBy(m => file[m.DocId]).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count())))],
            EntityMentions: [.. all.SelectMany(f => f.Entities).Select(m => new ReportEntityMention(
                file[m.DocId], entityOfMention.GetValueOrDefault((m.DocId, m.Span.Start, m.Span.End)) ?? m.Canonical, m.Text, m.Span.Start, m.Span.End))],
            CitedSources: [.. all.SelectMany(f => f.CitedSources).Select(c => new ReportCitedSource(
                file[c.DocId], c.Name, Snake(c.Kind), c.Cue, c.Span.Start, c.Span.End))],
            Problems: [.. result.Problems.Select(p => new ReportProblem(p.File, p.Reason))])
        {
            Attributions = [.. all.SelectMany(f => f.Attributions).Select(a => ToReport(a, file[a.DocId], texts[a.DocId]))],
            ClaimStances = [.. result.Set.ClaimStances.Select(c => ToReport(c, file[c.DocId], texts[c.DocId]))],
            Hypotheses = [.. result.Set.Hypotheses.Select(h => new ReportHypothesis(h.Id, h.Text, Snake(h.Kind), h.Agent, h.UserGiven ? "user" : "found") { Opposes = h.Opposes })],
            Stances = [.. result.Set.Stances.Select(s => ToReport(s, file[s.DocId], texts[s.DocId]))],
            Ach = HypothesisReportMapping.Ach(result.Set.Ach, byId),
        };
    }

    /// <summary>A span of a document as report evidence: its text and offsets.</summary>
    private static ReportEvidence Evidence(string text, TextSpan span) => new(span.Slice(text), span.Start, span.End);

    private static IReadOnlyList<ReportEvidence> Evidence(string text, IEnumerable<TextSpan> spans) => [.. spans.Select(s => Evidence(text, s))];

    private static ReportAttribution ToReport(AttributionRelation a, string doc, string text) => new(
        doc, a.Source, a.Cue, a.Content, a.SourceSpan is { } s ? Evidence(text, s) : null, Evidence(text, a.CueSpan), Evidence(text, a.ContentSpans));

    private static ReportClaimStance ToReport(ClaimStance c, string file, string text) =>
        new(c.Claim, file, c.Stance, c.Confidence, Evidence(text, c.Evidence))
        {
            TextStance = c.TextStance,
            TextEvidence = Evidence(text, c.TextEvidence),
            Hypothesis = c.Hypothesis,
        };

    private static ReportStance ToReport(HypothesisStance s, string file, string text) =>
        new(file, s.Holder, s.HypothesisId, Snake(s.Stance), Evidence(text, s.Evidence), s.EvidenceStatus)
        {
            Confidence = s.Confidence,
            SelfInterested = s.SelfInterested,
        };

    private static ReportDocument ToReport(Document d) => new(
        d.Id, d.File, Snake(d.Format), d.Title, d.Subtitle, d.Author, d.Outlet, d.Url,
        d.Published?.ToString(), d.PublishedInferred, d.ReferenceDate?.ToString(), d.ReferenceInferred, d.Text)
    {
        BodyStart = Math.Clamp(d.BodyStart, 0, d.Text.Length),
    };

    /// <summary>"MoreThan" → "more_than": the report's spelling of enum values.</summary>
    public static string Snake<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
