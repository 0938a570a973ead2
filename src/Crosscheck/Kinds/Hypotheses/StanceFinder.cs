using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// Computes, for any list of hypotheses (found or given by the user), each article's author stance and the
/// stances it reports for others. The author supports or rejects a hypothesis by claims in their own voice,
/// rejects a reported claim they dismiss or say lacks evidence, supports one whose evidence they cite,
/// "reports" one they only tell of, and rejects the competitors they only report when they firmly name
/// another agent ("it is clear that X was behind it"). A holder's stance comes from their claims
/// (majority), a quote in which they dismiss an agent ("X? that's fake") included.
/// </summary>
public static class StanceFinder
{
    private const double DerivedConfidence = 0.5;

    /// <summary>The stances toward <paramref name="hypotheses"/>: per article one author stance (holder null) per hypothesis, then the reported ones.</summary>
    public static IReadOnlyList<HypothesisStance> StancesFor(
        IReadOnlyList<Hypothesis> hypotheses, IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(set);
        return StancesFor(hypotheses, ClaimSet.Read(documents, findings, set));
    }

    internal static IReadOnlyList<HypothesisStance> StancesFor(IReadOnlyList<Hypothesis> hypotheses, ClaimSet claims)
    {
        var result = new List<HypothesisStance>();
        var families = hypotheses.ToDictionary(h => h.Id, h => new AgentFamily(h, claims.Directory));
        ILookup<string, Claim> claimsByDoc = claims.Claims.ToLookup(c => c.DocId, StringComparer.Ordinal);
        foreach (ArticleView view in claims.Views)
        {
            var docClaims = claimsByDoc[view.Id].ToList();
            var reported = new List<HypothesisStance>();
            var authors = new Dictionary<string, HypothesisStance>(StringComparer.Ordinal);
            var firm = new HashSet<string>(StringComparer.Ordinal);
            foreach (Hypothesis h in hypotheses)
            {
                var mine = docClaims.Where(c => Matches(c, h, families[h.Id])).ToList();
                authors[h.Id] = AuthorStance(view, h, mine, out bool isFirm);
                if (isFirm)
                {
                    firm.Add(h.Id);
                }

                reported.AddRange(ReportedStances(view, h, mine, families[h.Id]));
            }

            // A firm conclusion for one agent rejects the competitors the article only reports.
            if (firm.Count > 0)
            {
                foreach (Hypothesis h in hypotheses.Where(h => h.Kind is HypothesisKind.Responsibility or HypothesisKind.FalseFlag or HypothesisKind.User
                    && !firm.Contains(h.Id) && authors[h.Id].Stance == StanceKind.Reports))
                {
                    authors[h.Id] = authors[h.Id] with { Stance = StanceKind.Rejects, Confidence = DerivedConfidence };
                }
            }

            // the article's author stances first, then the stances it reports
            result.AddRange(hypotheses.Select(h => authors[h.Id]));
            result.AddRange(reported);
        }

        return result;
    }

    /// <summary>True when the claim bears on the hypothesis: same kind and (for an agent) an agent of its family.</summary>
    private static bool Matches(Claim c, Hypothesis h, AgentFamily family) => h.Kind switch
    {
        HypothesisKind.FalseFlag => c.Kind == ClaimKind.FalseFlag,
        HypothesisKind.Cause => c.Kind == ClaimKind.Cause && (c.Cause == h.Agent || (h.UserGiven && CauseWords(h.Text).Any(w => c.Cause!.Contains(w, StringComparison.OrdinalIgnoreCase)))),
        HypothesisKind.User when HypothesisLexicon.Instance.FalseFlag.IsMatch(h.Text) => c.Kind == ClaimKind.FalseFlag,
        HypothesisKind.User when h.Agent is null => c.Kind == ClaimKind.Cause && CauseWords(h.Text).Any(w => c.Cause!.Contains(w, StringComparison.OrdinalIgnoreCase)),
        _ => c.Kind == ClaimKind.Responsibility && c.Agents.Any(family.Contains),
    };

    private static IEnumerable<string> CauseWords(string text) =>
        Regex.Matches(text.ToLowerInvariant(), "[a-z]{6,}").Select(m => m.Value[..6]);

    private static HypothesisStance AuthorStance(ArticleView view, Hypothesis h, List<Claim> claims, out bool firm)
    {
        firm = false;
        var own = claims.Where(c => c.IsAuthorOwn).ToList();
        double support = own.Where(c => !c.Rejects).Sum(c => c.Confidence) + claims.Count(c => c.AuthorCitesEvidence) * 0.6;
        double reject = own.Where(c => c.Rejects).Sum(c => c.Confidence) + claims.Count(c => c.AuthorDismisses) * 0.7;
        StanceKind stance;
        IEnumerable<Claim> basis;
        if (support == 0 && reject == 0)
        {
            stance = claims.Count > 0 ? StanceKind.Reports : StanceKind.Absent;
            basis = claims;
        }
        else if (support > reject)
        {
            stance = StanceKind.Supports;
            basis = own.Where(c => !c.Rejects).Concat(claims.Where(c => c.AuthorCitesEvidence));
            firm = h.Kind == HypothesisKind.Responsibility && own.Any(c => !c.Rejects && !c.Presupposed
                && HypothesisLexicon.Instance.Emphasis.Any(r => r.IsMatch(view.Text[c.Sentence.Span.Start..c.Sentence.Span.End])));
        }
        else
        {
            stance = StanceKind.Rejects;
            basis = own.Where(c => c.Rejects).Concat(claims.Where(c => c.AuthorDismisses));
        }

        var list = basis.ToList();
        double confidence = stance switch
        {
            StanceKind.Absent => 1.0,
            StanceKind.Reports => 0.7,
            _ => Math.Round(Math.Min(0.95, Math.Max(support, reject) / (support + reject + 0.2)), 2),
        };
        return new HypothesisStance(view.Id, null, null, h.Id, stance, confidence, Evidence(list),
            list.Select(c => c.EvidenceStatus).FirstOrDefault(s => s is not null), false);
    }

    private static IEnumerable<HypothesisStance> ReportedStances(ArticleView view, Hypothesis h, List<Claim> claims, AgentFamily family)
    {
        var byHolder = claims.Where(c => c.HolderName is not null).GroupBy(c => HolderName(c, h, family), StringComparer.OrdinalIgnoreCase).ToList();
        var stances = new List<HypothesisStance>();
        foreach (IGrouping<string, Claim> g in byHolder)
        {
            var list = g.ToList();
            int rejects = list.Count(c => c.Rejects);
            bool rejected = rejects * 2 > list.Count;
            var basis = list.Where(c => c.Rejects == rejected).ToList();
            Claim first = basis[0];
            stances.Add(new HypothesisStance(view.Id, g.Key, first.Holder?.Span, h.Id, rejected ? StanceKind.Rejects : StanceKind.Supports,
                basis.Max(c => c.Confidence), Evidence(basis), basis.Select(c => c.EvidenceStatus).FirstOrDefault(s => s is not null),
                family.Contains(first.Holder)));
        }

        if (h.Kind is HypothesisKind.Responsibility or HypothesisKind.User)
        {
            stances.AddRange(QuoteDismissals(view, h, family, stances));
        }

        return stances;
    }

    /// <summary>A quote that names an agent of the hypothesis and dismisses it ("X? That's fake"): its speaker rejects the hypothesis.</summary>
    private static IEnumerable<HypothesisStance> QuoteDismissals(ArticleView view, Hypothesis h, AgentFamily family, List<HypothesisStance> known)
    {
        foreach (Quote q in view.Quotes.Where(q => q.Speaker is not null))
        {
            bool names = view.MentionsIn(q.Span.Start, q.Span.End).Any(family.Contains);
            if (!names || !HypothesisLexicon.Instance.Dismissals.Any(r => r.IsMatch(q.Text)))
            {
                continue;
            }

            AgentMention? speaker = view.SpeakerMention(q);
            string holder = speaker?.Name ?? q.Speaker!;
            if (known.Any(k => string.Equals(k.Holder, holder, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            yield return new HypothesisStance(view.Id, holder, q.SpeakerSpan, h.Id, StanceKind.Rejects, 0.6, [q.Span], null, family.Contains(speaker));
        }
    }

    /// <summary>A holder that is the hypothesis's own agent is named as the hypothesis names it.</summary>
    private static string HolderName(Claim c, Hypothesis h, AgentFamily family) =>
        family.Contains(c.Holder) && h.Agent is not null ? h.Agent : c.HolderName!;

    private static List<TextSpan> Evidence(IEnumerable<Claim> claims) =>
        [.. claims.SelectMany(c => c.StatusSpan is { } s ? new[] { c.Sentence.Span, s } : [c.Sentence.Span]).Distinct().OrderBy(s => s.Start)];
}
