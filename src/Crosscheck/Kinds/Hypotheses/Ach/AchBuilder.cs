using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Ach;

/// <summary>
/// Builds the Analysis of Competing Hypotheses matrix from the hypotheses and stances of the set.
/// One row per item of evidence: a holder's claim in one sentence of one document (stances of the same holder
/// resting on the same sentence are one row). Rows whose stances only report or are absent are left out: every
/// cell would be N. Cells follow <see cref="AchRules"/>; credibility, relevance, diagnosticity and the scores
/// follow <see cref="AchWeights"/>. A hypothesis no stance in the whole set speaks of (for example a user
/// hypothesis when no stance could be computed) is NA in every row: it was not assessed, which is not the
/// same as "nothing against it".
/// </summary>
public sealed class AchBuilder : ISetAnalyzer
{
    public string Name => "ach";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(set);
        return set with { Ach = set.Hypotheses.Count == 0 ? null : Build(set.Hypotheses, set.Stances, documents, findings) };
    }

    public static AchMatrix Build(
        IReadOnlyList<Hypothesis> hypotheses,
        IReadOnlyList<HypothesisStance> stances,
        IReadOnlyList<AnnotatedDocument> documents,
        IReadOnlyList<DocumentFindings> findings)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(stances);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(findings);
        Dictionary<string, Hypothesis> byId = [];
        foreach (Hypothesis h in hypotheses)
        {
            byId.TryAdd(h.Id, h);
        }

        Dictionary<string, (int Order, string Text)> docs = [];
        for (int i = 0; i < documents.Count; i++)
        {
            docs.TryAdd(documents[i].Id, (i, documents[i].Document.Text));
        }

        var cited = findings.SelectMany(f => f.CitedSources).ToLookup(c => c.DocId);
        var usable = stances.Where(s => byId.ContainsKey(s.HypothesisId) && docs.ContainsKey(s.DocId) && s.Evidence.Count > 0).ToList();
        HashSet<string> assessed = [.. usable.Select(s => s.HypothesisId)];

        var rows = new List<AchRow>();
        foreach (var group in usable
            .GroupBy(s => (s.DocId, Holder: s.Holder ?? string.Empty, s.Evidence[0]))
            .OrderBy(g => docs[g.Key.DocId].Order)
            .ThenBy(g => g.Key.Item3.Start)
            .ThenBy(g => g.Key.Holder, StringComparer.Ordinal))
        {
            if (Row(group.ToList(), byId, assessed, docs[group.Key.DocId].Text, cited[group.Key.DocId], rows.Count + 1) is { } row)
            {
                rows.Add(row);
            }
        }

        List<string> ids = [.. byId.Keys];
        return new AchMatrix(ids, rows, [.. ids.Select(id => AchWeights.Score(id, rows))]);
    }

    private static AchRow? Row(
        List<HypothesisStance> stances,
        Dictionary<string, Hypothesis> byId,
        HashSet<string> assessed,
        string text,
        IEnumerable<CitedSource> cited,
        int number)
    {
        if (stances.All(s => s.Stance is StanceKind.Reports or StanceKind.Absent))
        {
            return null;
        }

        // The stance of this row toward each hypothesis it speaks of: the most confident, a side taken before a report.
        var chosen = stances
            .GroupBy(s => s.HypothesisId)
            .Select(g => g.OrderByDescending(s => s.Confidence).ThenBy(s => s.Stance is StanceKind.Supports or StanceKind.Rejects ? 0 : 1).First())
            .ToList();
        HypothesisStance first = stances[0];
        bool selfInterested = chosen.Any(s => s.SelfInterested || AchRules.IsAgent(s.Holder, byId[s.HypothesisId]));
        var direct = chosen.Select(s => (Hypothesis: byId[s.HypothesisId], Cell: AchRules.Direct(s, selfInterested))).ToList();
        Dictionary<string, AchCell> cells = [];
        foreach (Hypothesis h in byId.Values)
        {
            cells[h.Id] = direct.FirstOrDefault(d => d.Hypothesis.Id == h.Id) is { Hypothesis: not null } own
                ? own.Cell
                : assessed.Contains(h.Id) ? AchRules.Derived(h, direct) : AchCell.NotApplicable;
        }

        TextSpan span = first.Evidence[0];
        int start = Math.Clamp(span.Start, 0, text.Length), end = Math.Clamp(span.End, start, text.Length);
        string? status = stances.Select(s => s.EvidenceStatus).FirstOrDefault(s => s is not null);
        bool citesSource = cited.Any(c => c.Span.Start >= span.Start && c.Span.End <= span.End);
        double confidence = chosen.Where(s => s.Stance is StanceKind.Supports or StanceKind.Rejects).Max(s => s.Confidence);
        return new AchRow(
            Id: $"e{number}",
            DocId: first.DocId,
            Holder: first.Holder,
            Span: span,
            Text: text[start..end].Trim(),
            Credibility: AchWeights.Credibility(selfInterested, chosen.Any(AchRules.IsUnsupportedClaim), status, first.Holder is null, citesSource),
            Relevance: AchWeights.Relevance(confidence),
            SelfInterested: selfInterested,
            EvidenceStatus: status,
            Cells: cells,
            Diagnosticity: AchWeights.Diagnosticity(cells.Values));
    }
}
