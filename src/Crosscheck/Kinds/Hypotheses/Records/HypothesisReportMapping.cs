using Crosscheck.Kinds.Hypotheses.Ach;
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

using Crosscheck.Reporting;

namespace Crosscheck.Kinds.Hypotheses.Records;

/// <summary>
/// The ACH matrix of the model as a report record: documents named by file, enum values in snake case, scores
/// rounded to three decimals. (Hypotheses and stances are mapped in <see cref="ReportBuilder"/>.)
/// </summary>
internal static class HypothesisReportMapping
{
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
}
