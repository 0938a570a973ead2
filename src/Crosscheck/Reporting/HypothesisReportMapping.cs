using Crosscheck.Hypotheses.Ach;
using Crosscheck.Model;

namespace Crosscheck.Reporting;

/// <summary>
/// The hypotheses, stances and ACH matrix of the model as report records: documents named by file, enum values
/// in snake case, every evidence span with its text.
/// </summary>
internal static class HypothesisReportMapping
{
    public static IReadOnlyList<ReportHypothesis> Hypotheses(IReadOnlyList<Hypothesis> hypotheses) =>
        [.. hypotheses.Select(h => new ReportHypothesis(h.Id, h.Text, ReportBuilder.Snake(h.Kind), h.Agent, h.UserGiven ? "user" : "found"))];

    public static IReadOnlyList<ReportStance> Stances(IReadOnlyList<HypothesisStance> stances, IReadOnlyDictionary<string, AnnotatedDocument> documents) =>
        [.. stances.Where(s => documents.ContainsKey(s.DocId)).Select(s =>
        {
            AnnotatedDocument d = documents[s.DocId];
            return new ReportStance(
                d.Document.File, s.Holder, s.HypothesisId, ReportBuilder.Snake(s.Stance),
                [.. s.Evidence.Select(e => Evidence(d.Text, e))], s.EvidenceStatus)
            {
                Confidence = Math.Round(s.Confidence, 3),
                SelfInterested = s.SelfInterested,
            };
        })];

    public static ReportAch? Ach(AchMatrix? matrix, IReadOnlyDictionary<string, AnnotatedDocument> documents) =>
        matrix is null
            ? null
            : new ReportAch(
                matrix.HypothesisIds,
                [.. matrix.Rows.Where(r => documents.ContainsKey(r.DocId)).Select(r => new ReportAchRow(
                    r.Id, documents[r.DocId].Document.File, r.Holder, r.Text, r.Span.Start, r.Span.End,
                    ReportBuilder.Snake(r.Credibility), ReportBuilder.Snake(r.Relevance), r.SelfInterested, r.EvidenceStatus,
                    r.Cells.ToDictionary(kv => kv.Key, kv => AchRules.Code(kv.Value)), Math.Round(r.Diagnosticity, 3)))],
                [.. matrix.Scores.Select(s => new ReportAchScore(s.HypothesisId, Math.Round(s.Inconsistency, 3), s.Consistent, s.Inconsistent))]);

    private static ReportEvidence Evidence(string text, TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, text.Length), end = Math.Clamp(span.End, start, text.Length);
        return new ReportEvidence(text[start..end], start, end);
    }
}
