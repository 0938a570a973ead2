using Crosscheck.Kinds.Hypotheses.Ach;
using Crosscheck.Model;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Hypotheses.Records;

/// <summary>
/// The hypotheses, stances and ACH matrix of an analysis as report records: documents named by file, enum values
/// in snake case, ACH scores rounded to three decimals.
/// </summary>
public static class HypothesisReport
{
    public static IReadOnlyList<ReportHypothesis> Hypotheses(ReportContext c) =>
        [.. c.Result.Set.Hypotheses.Select(h => new ReportHypothesis(h.Id, h.Text, ReportContext.Snake(h.Kind), h.Agent, h.UserGiven ? "user" : "found") { Opposes = h.Opposes })];

    public static IReadOnlyList<ReportStance> Stances(ReportContext c) =>
        [.. c.Result.Set.Stances.Select(s => new ReportStance(c.File(s.DocId), s.Holder, s.HypothesisId, ReportContext.Snake(s.Stance), c.Evidence(s.DocId, s.Evidence), s.EvidenceStatus)
        {
            Confidence = s.Confidence,
            SelfInterested = s.SelfInterested,
        })];

    public static ReportAch? Ach(ReportContext c) => Ach(c.Result.Set.Ach, c.ById);

    internal static ReportAch? Ach(AchMatrix? matrix, IReadOnlyDictionary<string, AnnotatedDocument> documents) =>
        matrix is null
            ? null
            : new ReportAch(
                matrix.HypothesisIds,
                [.. matrix.Rows.Where(r => documents.ContainsKey(r.DocId)).Select(r => new ReportAchRow(
                    r.Id, documents[r.DocId].Document.File, r.Holder, r.Text, r.Span.Start, r.Span.End,
                    ReportContext.Snake(r.Credibility), ReportContext.Snake(r.Relevance), r.SelfInterested, r.EvidenceStatus,
                    r.Cells.ToDictionary(kv => kv.Key, kv => AchRules.Code(kv.Value)), Math.Round(r.Diagnosticity, 3)))],
                [.. matrix.Scores.Select(s => new ReportAchScore(s.HypothesisId, Math.Round(s.Inconsistency, 3), s.Consistent, s.Inconsistent))]);
}
